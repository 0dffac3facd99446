package vn.thidua.nomination.persistence;

/** The collections of this service's database; those holding aggregates carry an outbox. */
public final class Collections {

    public static final String AWARD_TYPES = "award_types";
    public static final String PEOPLE = "people";
    public static final String INITIATIVES = "initiatives";
    public static final String UNITS = "units";
    public static final String NOMINATIONS = "nominations";
    public static final String PUBLIC_NOTICES = "public_notices";
    public static final String COUNCIL_SESSIONS = "council_sessions";
    public static final String DECISIONS = "decisions";
    public static final String AWARDS = "awards";

    private Collections() {
    }
}
