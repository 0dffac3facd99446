package vn.thidua.exemplar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How an exemplar is fostered (bồi dưỡng): the unit responsible, the support it gives and dated milestones.
 *
 * @param startedBy user id of the commendation officer who started it
 */
public record FosteringPlan(String responsibleUnitCode, List<String> supportActions, List<Milestone> milestones,
                            LocalDate startedOn, String startedBy) {

    public FosteringPlan {
        supportActions = List.copyOf(supportActions);
        milestones = List.copyOf(milestones);
    }

    public boolean hasOverdueMilestone(LocalDate today) {
        return milestones.stream().anyMatch(m -> m.overdueOn(today));
    }

    public long remaining() {
        return milestones.stream().filter(m -> !m.reached()).count();
    }
}
