package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The local copy of an organisation unit, kept from campaign-service's UnitUpserted events: enough to scope
 * officers to their sub-units, to name an issuer as it was on a date, and to know a collective's headcount.
 *
 * @param path       the codes of the unit's ancestors, root first, without the unit itself
 * @param headcounts staff per year, keyed by the year as text (a document's keys are strings)
 */
public record Unit(String id, String name, String kind, String parentCode, List<String> path, LocalDate validFrom,
                   LocalDate validTo, Map<String, Integer> headcounts) {

    public Unit {
        path = path == null ? List.of() : List.copyOf(path);
        headcounts = headcounts == null ? Map.of() : Map.copyOf(headcounts);
    }

    public String code() {
        return id;
    }

    /** Whether this unit is {@code ancestorCode} itself or lies under it. */
    public boolean within(String ancestorCode) {
        return id.equals(ancestorCode) || path.contains(ancestorCode);
    }

    public Integer headcountIn(int year) {
        return headcounts.get(String.valueOf(year));
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
