package vn.thidua.campaign.application;

import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.support.web.PageResult;

/** Where campaigns live. Every write is one conditional update of state and outbox together. */
public interface CampaignRepository {

    Mono<Campaign> findById(String id);

    /** The campaigns the query selects, newest first (then by id, so that pages never overlap). */
    Mono<PageResult<Campaign>> find(CampaignQuery query, int page, int size);

    /** Stores a new draft at version 1. */
    Mono<Campaign> insertDraft(Campaign draft);

    /**
     * Stores the campaign's new state if it is still at {@code expectedVersion}, with {@code event} (if not null)
     * in its outbox; 409 otherwise.
     */
    Mono<Campaign> save(Campaign changed, long expectedVersion, DomainEvent event);
}
