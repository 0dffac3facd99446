package vn.thidua.support.testing;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventType;

/**
 * A test-only event: a tally moved to {@code total}. The support library is tested with it so that its tests do not
 * depend on any real contract changing.
 */
public record TallyChanged(String tallyId, long aggregateVersion, String provinceCode, int total) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tallyId;
    }

    /** A type of its own topic, so that tests sharing one broker do not read each other's events. */
    public static EventType<TallyChanged> onTopic(String topic) {
        return new EventType<>("vn.thidua.test.TallyChanged.v1", topic, "/thidua/test-service", TallyChanged.class,
                "none");
    }
}
