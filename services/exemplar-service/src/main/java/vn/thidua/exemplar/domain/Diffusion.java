package vn.thidua.exemplar.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How far and how fast an exemplar's model spread: the adoptions, the days from recognition to each, and the count
 * under every unit of the tree that holds an adopting unit (the province counts all, a former district its
 * communes, a commune itself).
 *
 * @param daysToFirstAdoption from recognition to the first adoption; null before recognition or any adoption
 * @param averageDaysToAdopt  mean days from recognition to an adoption; null likewise
 */
public record Diffusion(int adoptions, Long daysToFirstAdoption, Long averageDaysToAdopt, List<Area> where) {

    /**
     * One unit of the tree with the adoptions in it and its sub-units.
     *
     * @param depth 0 for a root of the tree (the province); a unit the tree does not know yet is a root
     */
    public record Area(String unitCode, String unitName, int depth, int adoptions) {
    }

    /** A unit as the local tree knows it: its name and the codes of its ancestors, the root first. */
    public record TreeUnit(String code, String name, List<String> ancestors) {
    }

    public static Diffusion of(Exemplar exemplar, Function<String, TreeUnit> tree) {
        List<Adoption> adoptions = exemplar.adoptions();
        Long first = null;
        Long average = null;
        if (exemplar.recognition() != null && !adoptions.isEmpty()) {
            var since = exemplar.recognition().recognisedOn();
            List<Long> days = adoptions.stream().map(a -> ChronoUnit.DAYS.between(since, a.adoptedOn())).toList();
            first = days.stream().min(Long::compare).orElseThrow();
            average = Math.round(days.stream().mapToLong(Long::longValue).average().orElseThrow());
        }
        Map<String, Area> areas = new LinkedHashMap<>();
        for (Adoption adoption : adoptions) {
            TreeUnit unit = tree.apply(adoption.unitCode());
            List<String> path = new ArrayList<>(unit == null ? List.of() : unit.ancestors());
            path.add(adoption.unitCode());
            for (int depth = 0; depth < path.size(); depth++) {
                String code = path.get(depth);
                String name = code.equals(adoption.unitCode()) && adoption.unitName() != null
                        ? adoption.unitName() : nameOf(tree.apply(code), code);
                int d = depth;
                areas.merge(code, new Area(code, name, d, 1),
                        (old, add) -> new Area(old.unitCode(), old.unitName(), old.depth(), old.adoptions() + 1));
            }
        }
        List<Area> where = areas.values().stream()
                .sorted(Comparator.comparingInt(Area::depth).thenComparing(Area::unitCode)).toList();
        return new Diffusion(adoptions.size(), first, average, where);
    }

    private static String nameOf(TreeUnit unit, String code) {
        return unit == null || unit.name() == null ? code : unit.name();
    }
}
