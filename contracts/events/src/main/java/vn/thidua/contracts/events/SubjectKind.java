package vn.thidua.contracts.events;

/**
 * Who an award or an exemplar is about: a person, a collective (a unit or a team within it) or a household
 * (Gia đình văn hóa). Shared by nomination-service and exemplar-service because an exemplar often starts from a grant.
 */
public enum SubjectKind {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
}
