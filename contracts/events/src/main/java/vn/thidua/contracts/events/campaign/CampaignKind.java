package vn.thidua.contracts.events.campaign;

/** Thematic campaigns' awards do not count toward merit chains (Law 06/2022/QH15). */
public enum CampaignKind {
    /** Thường xuyên: runs year after year. */
    REGULAR,
    /** Theo chuyên đề, theo đợt: one topic, one period. */
    THEMATIC
}
