package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.nomination.NominationReturned.v1}: appraisal returned a dossier for supplement (once, with a
 * reason). The schema {@code contracts/schemas/nomination-service/NominationReturned.v1.json} is the source of truth.
 *
 * @param supplementDueOn null when no date was set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NominationReturned(
        String nominationId,
        long aggregateVersion,
        String provinceCode,
        String proposingUnitCode,
        String reason,
        LocalDate supplementDueOn,
        Instant returnedAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return nominationId;
    }
}
