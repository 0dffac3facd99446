package vn.thidua.campaign.application;

import java.util.Set;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.support.web.PageResult;

/** Where campaigns live. Every write is one conditional update of state and outbox together. */
public interface CampaignRepository {

    Mono<Campaign> findById(String id);

    /** Campaigns in one of {@code statuses}, newest first. */
    Mono<PageResult<Campaign>> find(Set<CampaignStatus> statuses, int page, int size);

    /** Stores a new draft at version 1. */
    Mono<Campaign> insertDraft(Campaign draft);

    /** Stores the launch if the campaign is still at {@code expectedVersion}, with its event in the outbox. */
    Mono<Campaign> saveLaunch(Campaign.Launch launch, long expectedVersion);
}
