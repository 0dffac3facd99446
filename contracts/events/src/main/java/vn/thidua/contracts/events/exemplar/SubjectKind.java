package vn.thidua.contracts.events.exemplar;

/** Whom an exemplar holds up as a model: one person (cá nhân) or a collective (tập thể: a unit, a team, a household). */
public enum SubjectKind {
    INDIVIDUAL,
    COLLECTIVE
}
