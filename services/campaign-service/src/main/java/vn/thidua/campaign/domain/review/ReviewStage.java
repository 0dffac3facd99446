package vn.thidua.campaign.domain.review;

import vn.thidua.campaign.domain.CampaignStatus;

/** Sơ kết (mid-term) or tổng kết (final): each moves the campaign to its own status. */
public enum ReviewStage {
    MID_TERM("sơ kết", CampaignStatus.MID_TERM_REVIEWED),
    FINAL("tổng kết", CampaignStatus.FINAL_REVIEWED);

    private final String label;
    private final CampaignStatus reaches;

    ReviewStage(String label, CampaignStatus reaches) {
        this.label = label;
        this.reaches = reaches;
    }

    public String label() {
        return label;
    }

    public CampaignStatus reaches() {
        return reaches;
    }
}
