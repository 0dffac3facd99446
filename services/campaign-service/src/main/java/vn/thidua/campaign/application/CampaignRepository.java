package vn.thidua.campaign.application;

import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignStatus;

/** Where campaigns live. Every write is one conditional update of state and outbox together. */
public interface CampaignRepository {

    Mono<Campaign> findById(String id);

    /** Newest first; {@code statuses} empty means any status. */
    Flux<Campaign> find(Set<CampaignStatus> statuses, int page, int size);

    Mono<Long> count(Set<CampaignStatus> statuses);

    /** Stores a new draft at version 1. */
    Mono<Campaign> insertDraft(Campaign draft);

    /** Stores the launch if the campaign is still at {@code expectedVersion}, with its event in the outbox. */
    Mono<Campaign> saveLaunch(Campaign.Launch launch, long expectedVersion);
}
