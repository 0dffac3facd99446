package vn.thidua.contracts.events.campaign;

/** Sơ kết (mid-term) or tổng kết (final). */
public enum ReviewStage {
    MID_TERM,
    FINAL
}
