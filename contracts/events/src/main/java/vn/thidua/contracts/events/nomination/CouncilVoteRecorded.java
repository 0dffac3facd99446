package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;
import vn.thidua.contracts.events.SubjectKind;

/**
 * {@code vn.thidua.nomination.CouncilVoteRecorded.v1}: a council session closed its secret ballot, with the
 * anonymous tally per nominee. The schema {@code contracts/schemas/nomination-service/CouncilVoteRecorded.v1.json}
 * is the source of truth.
 *
 * @param writtenBallots null when no absent member voted in writing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncilVoteRecorded(
        String councilSessionId,
        long aggregateVersion,
        String provinceCode,
        LocalDate meetingDate,
        int members,
        int ballotsCast,
        Integer writtenBallots,
        List<Tally> tallies,
        Instant closedAt) implements DomainEvent {

    /** One nominee's anonymous tally; {@code eligibleVoters} are all members but the recused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tally(String nominationId, SubjectKind subjectKind, String subjectId, String awardTypeCode,
                        int eligibleVoters, int yes, int no, int thresholdPercent, boolean strictMajority,
                        boolean approved) {
    }

    public CouncilVoteRecorded {
        tallies = EventLists.required(tallies);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return councilSessionId;
    }
}
