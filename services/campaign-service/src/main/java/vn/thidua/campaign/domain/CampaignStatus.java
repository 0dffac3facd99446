package vn.thidua.campaign.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign is in its life: draft → launched → (mid-term reviewed) → final reviewed → closed, or cancelled
 * from draft or launched. The labels are what an officer reads.
 */
public enum CampaignStatus {
    DRAFT("Dự thảo"),
    LAUNCHED("Đã phát động"),
    MID_TERM_REVIEWED("Đã sơ kết"),
    FINAL_REVIEWED("Đã tổng kết"),
    CLOSED("Đã kết thúc"),
    CANCELLED("Đã hủy");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(LAUNCHED, CANCELLED);
            case LAUNCHED -> EnumSet.of(MID_TERM_REVIEWED, FINAL_REVIEWED, CANCELLED);
            case MID_TERM_REVIEWED -> EnumSet.of(FINAL_REVIEWED);
            case FINAL_REVIEWED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canMoveTo(CampaignStatus target) {
        return next().contains(target);
    }
}
