package vn.thidua.contracts.events.exemplar;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who the exemplar is about, as events may say it.
 *
 * @param unitCode the unit the subject belongs to (for a collective: the unit it is, or is part of)
 * @param name     always for a collective; for an individual only when a public act (an award decision) named them,
 *                 otherwise null: a proposed individual's name stays inside exemplar-service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarSubject(SubjectKind kind, String unitCode, String name) {
}
