package vn.thidua.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What every event payload carries: which aggregate changed, to which version, in which province (tenant). */
public interface DomainEvent {

    /** The id of the aggregate the event is about; also the Kafka key and {@code ce_subject}. */
    @JsonIgnore
    String aggregateId();

    /** The aggregate's version after the change. */
    long aggregateVersion();

    /** The code of the province the aggregate belongs to. */
    String provinceCode();
}
