package vn.thidua.campaign.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation as it stood on one day: only the units valid then, each under its parent. A unit whose parent
 * had already ended (or not yet begun) that day is shown as a root rather than lost.
 */
public final class UnitTree {

    private UnitTree() {
    }

    /** A unit and the units directly under it, both sorted by code so that the answer is stable. */
    public record Node(Unit unit, List<Node> children) {
    }

    public static List<Node> asOf(List<Unit> units, LocalDate date) {
        var valid = units.stream().filter(unit -> unit.validOn(date))
                .sorted(Comparator.comparing(Unit::code)).toList();
        Map<String, List<Unit>> byParent = new HashMap<>();
        Map<String, Unit> byCode = new HashMap<>();
        for (Unit unit : valid) {
            byCode.put(unit.code(), unit);
        }
        var roots = new ArrayList<Unit>();
        for (Unit unit : valid) {
            if (unit.parentCode() == null || !byCode.containsKey(unit.parentCode())) {
                roots.add(unit);
            } else {
                byParent.computeIfAbsent(unit.parentCode(), parent -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, byParent)).toList();
    }

    private static Node node(Unit unit, Map<String, List<Unit>> byParent) {
        return new Node(unit, byParent.getOrDefault(unit.code(), List.of()).stream()
                .map(child -> node(child, byParent)).toList());
    }
}
