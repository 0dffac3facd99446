package vn.thidua.contracts.events.publication;

/**
 * Portal sections. A consumer fails on a value it does not know, so adding one is a new event version (or all
 * consumers are upgraded first).
 */
public enum ArticleCategory {
    NEWS,
    CAMPAIGNS,
    EXEMPLARS,
    DECISIONS,
    PUBLIC_NOTICES
}
