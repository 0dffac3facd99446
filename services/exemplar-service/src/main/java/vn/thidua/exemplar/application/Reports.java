package vn.thidua.exemplar.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.exemplar.domain.Statistics;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/** Statistics for reports: the office reads any unit's; an officer its own unit and sub-units'. */
@Service
public class Reports {

    private final ExemplarRepository exemplars;
    private final UnitTree units;

    public Reports(ExemplarRepository exemplars, UnitTree units) {
        this.exemplars = exemplars;
        this.units = units;
    }

    /**
     * @param unit null for the whole province (the office) or the officer's own unit
     * @param from first day of the period; null for 1 January of {@code to}'s year
     * @param to   last day of the period; null for today
     */
    public Mono<Statistics> statistics(String unit, LocalDate from, LocalDate to, LocalDate today, Viewer viewer) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException(List.of(new FieldProblem("from", "Ngày bắt đầu phải trước ngày kết thúc.")));
        }
        String scope = unit == null || unit.isBlank() ? null : unit.strip();
        if (!viewer.readsEverything()) {
            if (!viewer.isOfficer()) {
                return Mono.error(new AccessDeniedException("Reports are for officers"));
            }
            if (scope == null) {
                scope = viewer.user().unitCode();
            }
            if (scope == null || !viewer.ownUnits().contains(scope)) {
                return Mono.error(new AccessDeniedException("Not an officer of that unit"));
            }
        }
        Mono<Set<String>> codes = scope == null ? Mono.just(Set.of()) : units.withSubUnits(scope);
        return codes.flatMap(unitCodes -> exemplars.findAll(unitCodes.isEmpty() ? null : unitCodes).collectList())
                .map(all -> Statistics.of(all, start, end));
    }
}
