package vn.thidua.contracts.events.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.campaign.CampaignReviewed.v1}: a mid-term or final review of a campaign was concluded, with the
 * full ranking. The schema {@code contracts/schemas/campaign-service/CampaignReviewed.v1.json} is the source of truth.
 *
 * @param summary null when the review recorded no summary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignReviewed(
        String campaignId,
        long aggregateVersion,
        String provinceCode,
        String campaignTitle,
        CampaignKind kind,
        ReviewStage stage,
        LocalDate reviewedOn,
        BigDecimal maxTotalScore,
        List<ClusterRanking> rankings,
        String summary,
        Instant reviewedAt,
        String reviewedBy) implements DomainEvent {

    public CampaignReviewed {
        rankings = EventLists.required(rankings);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return campaignId;
    }
}
