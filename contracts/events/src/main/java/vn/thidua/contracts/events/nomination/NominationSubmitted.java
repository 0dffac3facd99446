package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;
import vn.thidua.contracts.events.SubjectKind;

/**
 * {@code vn.thidua.nomination.NominationSubmitted.v1}: a unit submitted a nomination to appraisal. Carries the
 * pseudonymous subject id, never a name. The schema
 * {@code contracts/schemas/nomination-service/NominationSubmitted.v1.json} is the source of truth.
 *
 * @param reasonCodes              null when the check found the subject eligible
 * @param overlappingNominationIds null when no other nomination overlaps
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NominationSubmitted(
        String nominationId,
        long aggregateVersion,
        String provinceCode,
        String proposingUnitCode,
        SubjectKind subjectKind,
        String subjectId,
        String subjectUnitCode,
        String awardTypeCode,
        int awardVersion,
        int year,
        TimingType timingType,
        boolean eligible,
        List<String> reasonCodes,
        List<String> overlappingNominationIds,
        boolean resubmission,
        Instant submittedAt) implements DomainEvent {

    public NominationSubmitted {
        reasonCodes = EventLists.optional(reasonCodes);
        overlappingNominationIds = EventLists.optional(overlappingNominationIds);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return nominationId;
    }
}
