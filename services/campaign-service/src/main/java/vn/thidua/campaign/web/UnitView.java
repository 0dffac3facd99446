package vn.thidua.campaign.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.campaign.application.UnitService.UnitDetails;
import vn.thidua.contracts.events.campaign.Headcount;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.campaign.domain.unit.UnitKinds;
import vn.thidua.campaign.domain.unit.UnitTree;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * A unit as the API shows it. In the tree, {@code children} holds the units directly under it; on its own page,
 * {@code path} names its ancestors (root first), and {@code successors}/{@code predecessors} the units that took
 * over from it or that it took over from.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UnitView(
        String code,
        String name,
        UnitKind kind,
        String kindLabel,
        String parentCode,
        List<UnitRef> path,
        LocalDate validFrom,
        LocalDate validTo,
        List<UnitRef> successors,
        List<UnitRef> predecessors,
        List<Headcount> headcounts,
        Instant updatedAt,
        Long version,
        List<UnitView> children) {

    static UnitView of(Unit u) {
        return new UnitView(u.code(), u.name(), u.kind(), UnitKinds.label(u.kind()), u.parentCode(), null, u.validFrom(),
                u.validTo(), refs(u.successorCodes()), null, u.headcounts(), u.updatedAt(), u.version(), null);
    }

    static UnitView of(UnitDetails details) {
        Unit u = details.unit();
        return new UnitView(u.code(), u.name(), u.kind(), UnitKinds.label(u.kind()), u.parentCode(), named(details.ancestors()),
                u.validFrom(), u.validTo(), named(details.successors()), named(details.predecessors()),
                u.headcounts(), u.updatedAt(), u.version(), null);
    }

    static UnitView of(UnitTree.Node node) {
        Unit u = node.unit();
        return new UnitView(u.code(), u.name(), u.kind(), UnitKinds.label(u.kind()), u.parentCode(), null, u.validFrom(),
                u.validTo(), refs(u.successorCodes()), null, null, null, null,
                node.children().stream().map(UnitView::of).toList());
    }

    private static List<UnitRef> named(List<Unit> units) {
        return units.stream().map(unit -> new UnitRef(unit.code(), unit.name())).toList();
    }

    private static List<UnitRef> refs(List<String> codes) {
        return codes.stream().map(code -> new UnitRef(code, null)).toList();
    }
}
