package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.nomination.ObjectionRaised.v1}: an objection was filed against a public notice. Never carries
 * who objected nor what they wrote. The schema {@code contracts/schemas/nomination-service/ObjectionRaised.v1.json}
 * is the source of truth.
 *
 * @param nominationId null when the objection concerns the whole list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectionRaised(
        String publicNoticeId,
        long aggregateVersion,
        String provinceCode,
        String objectionId,
        String nominationId,
        int objectionsUnresolved,
        Instant raisedAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return publicNoticeId;
    }
}
