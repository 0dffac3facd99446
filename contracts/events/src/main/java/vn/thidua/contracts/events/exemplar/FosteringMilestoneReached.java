package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.exemplar.FosteringMilestoneReached.v1}: a milestone of a fostering plan was reached, on time or
 * late, with its outcome.
 *
 * @param onTime              whether {@code reachedOn} is on or before {@code dueOn}
 * @param milestonesRemaining milestones of the plan not reached yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FosteringMilestoneReached(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        String milestoneId,
        String title,
        LocalDate dueOn,
        LocalDate reachedOn,
        boolean onTime,
        String outcome,
        int milestonesRemaining) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
