package vn.thidua.contracts.events.nomination;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.nomination.PublicNoticeClosed.v1}: a public notice is over; the portal marks it closed.
 * The schema {@code contracts/schemas/nomination-service/PublicNoticeClosed.v1.json} is the source of truth.
 *
 * @param windowStartedOn null when the notice closed before the portal posted it
 * @param windowEndedOn   null when the notice closed before the portal posted it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicNoticeClosed(
        String publicNoticeId,
        long aggregateVersion,
        String provinceCode,
        NoticeClosure closure,
        LocalDate windowStartedOn,
        LocalDate windowEndedOn,
        int objectionsReceived,
        int objectionsUnresolved,
        Instant closedAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return publicNoticeId;
    }
}
