package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.CampaignRepository;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.persistence.MongoPages;
import vn.thidua.support.web.PageResult;

/**
 * Campaigns in the {@value #COLLECTION} collection, one document per campaign with its own outbox. The document is
 * the {@link Campaign} record as mapped by Spring Data, plus the {@code outbox} the relay drains.
 */
@Repository
class MongoCampaignRepository implements CampaignRepository {

    static final String COLLECTION = "campaigns";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoCampaignRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Mono<Campaign> findById(String id) {
        return mongo.findById(id, Campaign.class, COLLECTION);
    }

    @Override
    public Mono<PageResult<Campaign>> find(Set<CampaignStatus> statuses, int page, int size) {
        return MongoPages.find(mongo, COLLECTION, Campaign.class,
                where("status").in(statuses.stream().map(Enum::name).toList()),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page, size);
    }

    @Override
    public Mono<Campaign> insertDraft(Campaign draft) {
        return store.create(COLLECTION, draft, List.of()).thenReturn(draft);
    }

    @Override
    public Mono<Campaign> saveLaunch(Campaign.Launch launch, long expectedVersion) {
        Campaign launched = launch.campaign();
        var change = new Update()
                .set("status", launched.status())
                .set("launchedAt", launched.launchedAt())
                .set("launchedBy", launched.launchedBy());
        return store.update(COLLECTION, launched.id(), expectedVersion, change,
                        List.of(PendingEvent.of(EventCatalog.CAMPAIGN_LAUNCHED_V1, launch.event())))
                .thenReturn(launched);
    }
}
