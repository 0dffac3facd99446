package vn.thidua.exemplar.domain;

import java.time.LocalDate;

/**
 * A milestone of a fostering plan.
 *
 * @param reachedOn null until reached
 * @param outcome   what was achieved; null until reached
 */
public record Milestone(String id, String title, LocalDate dueOn, LocalDate reachedOn, String outcome) {

    public boolean reached() {
        return reachedOn != null;
    }

    /** Overdue: not reached and its due date is behind us (the due day itself still counts as in time). */
    public boolean overdueOn(LocalDate today) {
        return !reached() && dueOn.isBefore(today);
    }

    Milestone reach(LocalDate on, String what) {
        return new Milestone(id, title, dueOn, on, what);
    }
}
