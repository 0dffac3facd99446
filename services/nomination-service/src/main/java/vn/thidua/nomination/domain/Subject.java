package vn.thidua.nomination.domain;

/**
 * Who a nomination or an award is for.
 *
 * @param id          the person's pseudonymous id, the collective's unit code, or the household's id
 * @param displayName the name published in a public notice or a decision, and nowhere else outside this service
 * @param unitCode    the unit the subject belongs to (a collective: itself)
 */
public record Subject(SubjectKind kind, String id, String displayName, String unitCode) {
}
