package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.exemplar.ExemplarArchived.v1}: the commendation office archived an exemplar; it leaves the honour
 * board and takes no more adoptions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarArchived(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        ArchivedFromStatus previousStatus,
        String reason,
        LocalDate archivedOn) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
