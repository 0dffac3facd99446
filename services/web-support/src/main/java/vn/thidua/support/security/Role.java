package vn.thidua.support.security;

/** The roles of architecture.md, carried in the {@code roles} claim and checked as {@code ROLE_<name>}. */
public enum Role {
    /** Anonymous reader of published content; never needs a token. */
    PUBLIC,
    /** An officer of one unit, scoped to that unit and its sub-units. */
    UNIT_OFFICER,
    /** The commendation office: appraises nominations, organises campaigns. */
    REVIEWER,
    COUNCIL_MEMBER,
    /** The editorial board of the portal. */
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
