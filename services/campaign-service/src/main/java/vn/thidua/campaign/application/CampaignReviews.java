package vn.thidua.campaign.application;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.review.Review;
import vn.thidua.contracts.events.DomainEvent;

/** Builds the event of a recorded review. */
@Component
public class CampaignReviews {

    /** {@code CampaignReviewed} arrives with the lead's contract; until then a review publishes nothing. */
    public DomainEvent reviewedEvent(Campaign reviewed, Review review) {
        return null;
    }
}
