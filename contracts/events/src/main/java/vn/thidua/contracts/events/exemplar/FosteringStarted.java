package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.exemplar.FosteringStarted.v1}: the commendation office put a discovered exemplar under a fostering
 * plan (bồi dưỡng): a responsible unit, support actions and dated milestones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FosteringStarted(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        String subjectUnitCode,
        ExemplarField field,
        String responsibleUnitCode,
        List<String> supportActions,
        List<MilestonePlanned> milestones,
        LocalDate startedOn) implements DomainEvent {

    public FosteringStarted {
        supportActions = EventLists.required(supportActions);
        milestones = EventLists.required(milestones);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
