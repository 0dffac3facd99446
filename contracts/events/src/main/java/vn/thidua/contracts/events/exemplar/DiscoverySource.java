package vn.thidua.contracts.events.exemplar;

/** How an exemplar came to the commendation office's attention. */
public enum DiscoverySource {
    FIELD_VISIT,
    INSPECTION,
    CAMPAIGN_REVIEW,
    AWARD_DECISION,
    PRESS,
    CITIZEN_TIP,
    UNIT_TIP
}
