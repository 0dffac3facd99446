package vn.thidua.support.outbox;

import java.time.Instant;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventType;

/** An event produced by a command, paired with its contract type, before it is written to the outbox. */
public record PendingEvent<T extends DomainEvent>(EventType<T> type, T event) {

    public static <T extends DomainEvent> PendingEvent<T> of(EventType<T> type, T event) {
        return new PendingEvent<>(type, event);
    }

    OutboxEntry toEntry(Instant time, String traceparent) {
        return OutboxEntry.of(type, event, time, traceparent);
    }
}
