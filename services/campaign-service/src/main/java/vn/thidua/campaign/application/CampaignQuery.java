package vn.thidua.campaign.application;

import java.util.Set;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.contracts.events.campaign.CampaignKind;

/**
 * What a campaign list is filtered by; null fields filter nothing.
 *
 * @param statuses      never empty
 * @param year          campaigns whose period overlaps that calendar year
 * @param launchingUnit the launching unit's code
 * @param text          folded words that must all occur in the title, launching unit or citation
 */
public record CampaignQuery(Set<CampaignStatus> statuses, Integer year, CampaignKind kind, String launchingUnit,
                            String text) {

    public CampaignQuery {
        statuses = Set.copyOf(statuses);
    }
}
