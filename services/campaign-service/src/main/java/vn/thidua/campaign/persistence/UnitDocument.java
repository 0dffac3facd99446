package vn.thidua.campaign.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import vn.thidua.contracts.events.campaign.Headcount;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.support.text.VietnameseText;

/**
 * A unit as stored: the code is the document id, and the folded name is kept beside the name for searching
 * without diacritics (the embedded server has neither {@code $text} nor collations).
 */
record UnitDocument(
        @Id String code,
        String provinceCode,
        String name,
        String nameFolded,
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

    static UnitDocument of(Unit u) {
        return new UnitDocument(u.code(), u.provinceCode(), u.name(), VietnameseText.fold(u.name()), u.kind(),
                u.parentCode(), u.path(), u.validFrom(), u.validTo(), u.successorCodes(), u.headcounts(),
                u.updatedAt(), u.updatedBy(), u.version());
    }

    Unit toUnit() {
        return new Unit(code, provinceCode, name, kind, parentCode, path, validFrom, validTo, successorCodes,
                headcounts, updatedAt, updatedBy, version);
    }
}
