package vn.thidua.exemplar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a unit reports on its exemplars for a period (both ends inclusive): per unit, how many exemplars were
 * discovered, put under fostering, recognised and replicated (adoptions recorded), and the adoptions per exemplar.
 */
public record Statistics(LocalDate from, LocalDate to, List<UnitRow> units, UnitRow total,
                         List<ExemplarAdoptions> adoptionsPerExemplar) {

    public record UnitRow(String unitCode, String unitName, int discovered, int fostered, int recognised,
                          int replicated) {

        UnitRow plus(UnitRow other) {
            return new UnitRow(unitCode, unitName, discovered + other.discovered, fostered + other.fostered,
                    recognised + other.recognised, replicated + other.replicated);
        }
    }

    /** Adoptions of one exemplar within the period, and in all. */
    public record ExemplarAdoptions(String exemplarId, String title, String unitCode, int inPeriod, int overall) {
    }

    public static Statistics of(List<Exemplar> exemplars, LocalDate from, LocalDate to) {
        Map<String, UnitRow> rows = new TreeMap<>();
        var perExemplar = new ArrayList<ExemplarAdoptions>();
        for (Exemplar e : exemplars) {
            int discovered = within(e.discoveredOn(), from, to) ? 1 : 0;
            int fostered = e.fostering() != null && within(e.fostering().startedOn(), from, to) ? 1 : 0;
            int recognised = e.recognition() != null && within(e.recognition().recognisedOn(), from, to) ? 1 : 0;
            int adopted = (int) e.adoptions().stream().filter(a -> within(a.adoptedOn(), from, to)).count();
            if (discovered + fostered + recognised + adopted == 0) {
                continue;
            }
            var row = new UnitRow(e.subject().unitCode(), e.subject().unitName(), discovered, fostered, recognised,
                    adopted);
            rows.merge(row.unitCode(), row, UnitRow::plus);
            if (!e.adoptions().isEmpty()) {
                perExemplar.add(new ExemplarAdoptions(e.id(), e.title(), e.subject().unitCode(), adopted,
                        e.adoptions().size()));
            }
        }
        UnitRow total = rows.values().stream().reduce(new UnitRow(null, "Tổng cộng", 0, 0, 0, 0), UnitRow::plus);
        perExemplar.sort(Comparator.comparingInt(ExemplarAdoptions::inPeriod).reversed()
                .thenComparing(Comparator.comparingInt(ExemplarAdoptions::overall).reversed())
                .thenComparing(ExemplarAdoptions::exemplarId));
        return new Statistics(from, to, List.copyOf(rows.values()),
                new UnitRow(null, "Tổng cộng", total.discovered(), total.fostered(), total.recognised(),
                        total.replicated()), List.copyOf(perExemplar));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
