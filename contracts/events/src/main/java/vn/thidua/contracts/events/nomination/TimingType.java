package vn.thidua.contracts.events.nomination;

/**
 * Timing types of Law 06/2022/QH15 Art. 8. Only MERIT awards count toward consecutive-year chains; AD_HOC and
 * CAMPAIGN (thematic) awards never do.
 */
public enum TimingType {
    MERIT,
    AD_HOC,
    CAMPAIGN,
    LIFETIME,
    YEARS_OF_SERVICE,
    FOREIGN
}
