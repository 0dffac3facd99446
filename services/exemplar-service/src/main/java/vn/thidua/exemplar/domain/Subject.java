package vn.thidua.exemplar.domain;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * Who the exemplar is about.
 *
 * @param personId a pseudonymous person id from nomination-service (individuals found in a decision); never shown
 * @param unitName the unit's official name when the exemplar was opened
 */
public record Subject(SubjectKind kind, String name, String unitCode, String unitName, String personId) {

    public UnitRef unit() {
        return new UnitRef(unitCode, unitName);
    }
}
