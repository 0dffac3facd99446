package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;
import vn.thidua.contracts.events.SubjectKind;

/**
 * {@code vn.thidua.nomination.NominationAppraised.v1}: appraisal passed or rejected a nomination. The schema
 * {@code contracts/schemas/nomination-service/NominationAppraised.v1.json} is the source of truth.
 *
 * @param reasonCodes null unless rejected as ineligible
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NominationAppraised(
        String nominationId,
        long aggregateVersion,
        String provinceCode,
        SubjectKind subjectKind,
        String subjectId,
        String awardTypeCode,
        int year,
        Outcome outcome,
        List<String> reasonCodes,
        Instant appraisedAt) implements DomainEvent {

    /** Passed, and where it goes next; or rejected, and why. */
    public enum Outcome { PASSED_TO_PUBLIC_NOTICE, PASSED_TO_COUNCIL, REJECTED_INELIGIBLE, REJECTED_INCOMPLETE }

    public NominationAppraised {
        reasonCodes = EventLists.optional(reasonCodes);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return nominationId;
    }
}
