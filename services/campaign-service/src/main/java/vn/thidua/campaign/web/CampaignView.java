package vn.thidua.campaign.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.campaign.domain.review.Review;

/**
 * A campaign as the API shows it: the definition's fields at the top level (the same shape a client posts to
 * create it), with the identity, the status and its label, and the reviews recorded so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignView(
        String id,
        String provinceCode,
        @JsonUnwrapped CampaignDefinition definition,
        CampaignStatus status,
        String statusLabel,
        Instant createdAt,
        String createdBy,
        Instant launchedAt,
        String launchedBy,
        String copiedFromCampaignId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Review> reviews,
        Instant closedAt,
        String closedBy,
        String cancellationReason,
        long version) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id(), c.provinceCode(), c.definition(), c.status(), c.status().label(),
                c.createdAt(), c.createdBy(), c.launchedAt(), c.launchedBy(), c.copiedFromCampaignId(), c.reviews(),
                c.closedAt(), c.closedBy(), c.cancellationReason(), c.version());
    }
}
