package vn.thidua.support.messaging;

import java.time.Instant;
import vn.thidua.contracts.events.DomainEvent;

/**
 * A consumed event: its CloudEvents attributes and its typed payload.
 *
 * @param id               {@code ce_id}
 * @param type             {@code ce_type}, the wire type
 * @param source           {@code ce_source}, e.g. {@code /thidua/campaign-service}
 * @param subject          {@code ce_subject}, the source aggregate's id
 * @param time             {@code ce_time}
 * @param topic            the topic it was read from
 * @param aggregateVersion the source aggregate's version after the change
 * @param payload          the payload as the contract's record
 */
public record InboundEvent<T extends DomainEvent>(String id, String type, String source, String subject,
                                                  Instant time, String topic, long aggregateVersion, T payload) {

    /** Identifies the source aggregate across services, for "last applied version" marks. */
    public String sourceAggregate() {
        return source + "/" + subject;
    }
}
