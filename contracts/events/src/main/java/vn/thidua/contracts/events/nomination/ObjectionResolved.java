package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.nomination.ObjectionResolved.v1}: the office resolved an objection to a public notice. The
 * schema {@code contracts/schemas/nomination-service/ObjectionResolved.v1.json} is the source of truth.
 *
 * @param nominationId null when the objection concerned the whole list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectionResolved(
        String publicNoticeId,
        long aggregateVersion,
        String provinceCode,
        String objectionId,
        String nominationId,
        Outcome outcome,
        int objectionsUnresolved,
        Instant resolvedAt) implements DomainEvent {

    public enum Outcome { UPHELD, DISMISSED }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return publicNoticeId;
    }
}
