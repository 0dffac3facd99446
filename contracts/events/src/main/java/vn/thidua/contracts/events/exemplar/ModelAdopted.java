package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.exemplar.ModelAdopted.v1}: another unit adopted a recognised exemplar's model (nhân rộng).
 *
 * @param scale         how widely, in the adopting unit's words ("3 thôn, 120 hộ"); null when not stated
 * @param adoptionCount adoptions of this exemplar so far, this one included
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelAdopted(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        String adoptionId,
        String exemplarUnitCode,
        ExemplarField field,
        String adoptingUnitCode,
        LocalDate adoptedOn,
        String scale,
        int adoptionCount) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
