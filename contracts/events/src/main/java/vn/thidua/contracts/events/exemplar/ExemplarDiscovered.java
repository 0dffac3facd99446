package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.exemplar.ExemplarDiscovered.v1}: a new exemplar was opened, proposed by a unit or the commendation
 * office, or found in an award decision or a campaign review. The schema
 * {@code contracts/schemas/exemplar-service/ExemplarDiscovered.v1.json} is the source of truth.
 *
 * @param decisionId set when an award decision opened it
 * @param campaignId set when a campaign review opened it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarDiscovered(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        String title,
        ExemplarSubject subject,
        ExemplarField field,
        DiscoverySource source,
        LocalDate discoveredOn,
        String decisionId,
        String campaignId) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
