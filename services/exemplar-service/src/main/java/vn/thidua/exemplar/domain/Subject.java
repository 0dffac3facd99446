package vn.thidua.exemplar.domain;

import vn.thidua.contracts.events.exemplar.SubjectKind;

/**
 * Who the exemplar is about.
 *
 * @param personId a pseudonymous person id from nomination-service (individuals found in a decision); never shown
 * @param unitName the unit's name when the exemplar was opened; null when not known
 */
public record Subject(SubjectKind kind, String name, String unitCode, String unitName, String personId) {
}
