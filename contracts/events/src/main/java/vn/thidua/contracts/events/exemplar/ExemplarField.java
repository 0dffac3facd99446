package vn.thidua.contracts.events.exemplar;

/**
 * The field an exemplar is a model in. A consumer fails on a value it does not know, so adding one is a new event
 * version (or all consumers are upgraded first).
 */
public enum ExemplarField {
    AGRICULTURE_RURAL,
    EDUCATION,
    HEALTH,
    SECURITY_DEFENCE,
    PRODUCTION_BUSINESS,
    DIGITAL_TRANSFORMATION,
    SOCIAL_WORK,
    CULTURE_SPORT,
    ENVIRONMENT,
    PUBLIC_ADMINISTRATION,
    OTHER
}
