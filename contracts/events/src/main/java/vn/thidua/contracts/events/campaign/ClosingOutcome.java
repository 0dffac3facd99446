package vn.thidua.contracts.events.campaign;

/** How a campaign ended. */
public enum ClosingOutcome {
    /** Kết thúc: the final review is recorded and the campaign is over. */
    CLOSED,
    /** Hủy: called off after its launch; no review will follow. */
    CANCELLED
}
