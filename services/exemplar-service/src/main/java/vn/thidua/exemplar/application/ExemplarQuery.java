package vn.thidua.exemplar.application;

import java.time.LocalDate;
import java.util.Set;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.exemplar.domain.ExemplarStatus;

/**
 * A list query over exemplars; every null or empty part filters nothing.
 *
 * @param subjectUnits  exemplars of these units only (a unit and its sub-units)
 * @param searchKey     folded words that the title, subject, unit and story must all contain, in any order
 * @param overdueOn     only exemplars with a milestone due before this day and not reached
 * @param recognisedIn  only exemplars recognised in this year
 * @param ownUnits      for a unit officer: exemplars of these units match in {@code ownStatuses}, all others only in
 *                      {@code statuses}; null when {@code statuses} applies to every exemplar
 */
public record ExemplarQuery(
        Set<ExemplarStatus> statuses,
        ExemplarField field,
        Set<String> subjectUnits,
        String searchKey,
        LocalDate overdueOn,
        Boolean needsReview,
        Integer recognisedIn,
        Set<String> ownUnits,
        Set<ExemplarStatus> ownStatuses,
        Order order) {

    public enum Order { DISCOVERED, RECOGNISED }
}
