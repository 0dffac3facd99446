package vn.thidua.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The payload of an event on a domain topic. Each event names its aggregate id after the aggregate
 * ({@code campaignId}, {@code articleId}); {@link #aggregateId()} gives relays and consumers one way to read it
 * for the Kafka key and {@code ce_subject} without knowing the event.
 */
public interface DomainEvent {

    /** Never on the wire: the payload already carries the id under the aggregate's own name. */
    @JsonIgnore
    String aggregateId();

    /** Version of the aggregate after the change, starting at 1; consumers use it to drop re-deliveries. */
    long aggregateVersion();

    /** Code of the province that owns the aggregate (the tenant). */
    String provinceCode();
}
