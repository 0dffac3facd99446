package vn.thidua.campaign.domain.unit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.contracts.events.campaign.Headcount;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.support.problem.BusinessRuleException;

/**
 * An organisation unit (đơn vị): the province, its departments, communes and wards, schools, health stations,
 * enterprises and villages. Units are never deleted: the 2025 reform abolished the districts and merged communes,
 * but historic decisions still name the old units, so an abolished unit keeps its record with a {@code validTo}
 * and the codes of the units that succeeded it.
 *
 * @param code        the identifier, also the document id and the event key
 * @param path        the codes of its ancestors, root first; empty for the root
 * @param headcounts  one entry per year, sorted by year
 * @param version     the aggregate version; the next event carries {@code version + 1}
 */
public record Unit(
        String code,
        String provinceCode,
        String name,
        UnitKind kind,
        String parentCode,
        List<String> path,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> successorCodes,
        List<Headcount> headcounts,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public Unit {
        path = path == null ? List.of() : List.copyOf(path);
        successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
        headcounts = headcounts == null ? List.of() : headcounts.stream()
                .sorted(Comparator.comparingInt(Headcount::year)).toList();
    }

    /**
     * A new unit at version 1, under {@code parent} (null for a root). The definition must already be
     * {@link UnitDefinition#normalised(String)}, and the parent the one its {@code parentCode} names.
     */
    public static Unit create(String code, String provinceCode, UnitDefinition definition, Unit parent,
                              Instant now, String by) {
        requireParent(code, definition, parent);
        return new Unit(code, provinceCode, definition.name(), definition.kind(), definition.parentCode(),
                pathUnder(parent), definition.validFrom(), definition.validTo(), definition.successorCodes(),
                List.of(), now, by, 1);
    }

    /**
     * The unit as newly defined. Moving a unit that has sub-units to another parent is refused: their stored
     * paths would go stale, and the reform never moves a unit, it ends it and names its successors.
     */
    public Unit redefine(UnitDefinition definition, Unit parent, boolean hasSubUnits, Instant now, String by) {
        requireParent(code, definition, parent);
        boolean moves = !Objects.equals(parentCode, definition.parentCode());
        if (moves && hasSubUnits) {
            throw new BusinessRuleException("unit-has-sub-units",
                    "Không thể chuyển đơn vị \"" + name + "\" sang đơn vị cấp trên khác khi đơn vị còn đơn vị trực"
                            + " thuộc. Hãy kết thúc hiệu lực đơn vị và khai báo đơn vị kế thừa.",
                    Map.of("unitCode", code));
        }
        return new Unit(code, provinceCode, definition.name(), definition.kind(), definition.parentCode(),
                pathUnder(parent), definition.validFrom(), definition.validTo(), definition.successorCodes(),
                headcounts, now, by, version + 1);
    }

    /** The unit with the headcount of {@code year} set (replacing an earlier figure for that year). */
    public Unit withHeadcount(int year, int members, Instant now, String by) {
        var figures = new ArrayList<>(headcounts.stream().filter(h -> h.year() != year).toList());
        figures.add(new Headcount(year, members));
        return new Unit(code, provinceCode, name, kind, parentCode, path, validFrom, validTo, successorCodes,
                figures, now, by, version + 1);
    }

    /**
     * The id the events carry: derived from the province and the code, which never change, so that it is stable
     * without being stored (the code is the unit's address in the API and in tokens).
     */
    public String unitId() {
        return UUID.nameUUIDFromBytes(("unit/" + provinceCode + "/" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The same unit at the next version, with nothing changed but the version: to re-announce it. */
    public Unit touched(Instant now, String by) {
        return new Unit(code, provinceCode, name, kind, parentCode, path, validFrom, validTo, successorCodes,
                headcounts, now, by, version + 1);
    }

    /**
     * The event that carries this state to the other services.
     *
     * @param ancestors    the units of {@link #path()}, root first
     * @param predecessors the codes of the units that name this one as their successor
     */
    public UnitUpserted upserted(List<Unit> ancestors, List<String> predecessors) {
        var lineage = new ArrayList<UnitRef>();
        ancestors.forEach(ancestor -> lineage.add(new UnitRef(ancestor.code(), ancestor.name())));
        lineage.add(new UnitRef(code, name));
        UnitRef parent = ancestors.isEmpty() ? null : lineage.get(lineage.size() - 2);
        return new UnitUpserted(unitId(), version, provinceCode, code, name, kind, parent, lineage, validFrom,
                validTo, predecessors, successorCodes, headcounts, updatedAt);
    }

    public Optional<Headcount> headcountOf(int year) {
        return headcounts.stream().filter(h -> h.year() == year).findFirst();
    }

    /** Whether the unit existed on {@code date}; {@code validTo} is inclusive. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The codes of its ancestors and of itself, root first. */
    public List<String> lineage() {
        var lineage = new ArrayList<>(path);
        lineage.add(code);
        return lineage;
    }

    /** Whether {@code other} is this unit or one of its ancestors. */
    public boolean isWithin(String other) {
        return code.equals(other) || path.contains(other);
    }

    private static List<String> pathUnder(Unit parent) {
        return parent == null ? List.of() : parent.lineage();
    }

    private static void requireParent(String code, UnitDefinition definition, Unit parent) {
        if (definition.parentCode() == null) {
            return;
        }
        if (parent == null || !parent.code().equals(definition.parentCode())) {
            throw new BusinessRuleException("unknown-parent-unit",
                    "Không tìm thấy đơn vị cấp trên có mã \"" + definition.parentCode() + "\".",
                    Map.of("parentCode", definition.parentCode()));
        }
        if (parent.isWithin(code)) {
            throw new BusinessRuleException("unit-cycle",
                    "Đơn vị \"" + parent.name() + "\" đang trực thuộc đơn vị \"" + code
                            + "\" nên không thể là đơn vị cấp trên của nó.",
                    Map.of("parentCode", parent.code()));
        }
    }
}
