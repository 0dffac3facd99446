package vn.thidua.contracts.events.exemplar;

/** The field of work an exemplar excels in; the honour board groups by it. */
public enum ExemplarField {
    AGRICULTURE_RURAL_DEVELOPMENT,
    EDUCATION,
    HEALTH,
    SECURITY_DEFENCE,
    PRODUCTION_BUSINESS,
    DIGITAL_TRANSFORMATION,
    SOCIAL_WORK,
    CULTURE_SPORTS,
    ENVIRONMENT,
    PUBLIC_ADMINISTRATION,
    OTHER
}
