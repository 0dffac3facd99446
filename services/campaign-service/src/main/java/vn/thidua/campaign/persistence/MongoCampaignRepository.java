package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.CampaignQuery;
import vn.thidua.campaign.application.CampaignRepository;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.contracts.events.DomainEvent;
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
    public Mono<PageResult<Campaign>> find(CampaignQuery query, int page, int size) {
        var conditions = new ArrayList<Criteria>();
        conditions.add(where("status").in(query.statuses().stream().map(Enum::name).toList()));
        if (query.year() != null) {
            // Dates are stored as YYYY-MM-DD strings, which sort as the dates do.
            conditions.add(where("definition.period.from").lte(LocalDate.of(query.year(), 12, 31).toString()));
            conditions.add(where("definition.period.to").gte(LocalDate.of(query.year(), 1, 1).toString()));
        }
        if (query.kind() != null) {
            conditions.add(where("definition.kind").is(query.kind().name()));
        }
        if (query.launchingUnit() != null) {
            conditions.add(where("definition.launchingUnit.code").is(query.launchingUnit()));
        }
        if (query.text() != null) {
            for (String word : query.text().split(" ")) {
                conditions.add(where("searchKey").regex(literal(word)));
            }
        }
        return MongoPages.find(mongo, COLLECTION, Campaign.class, new Criteria().andOperator(conditions),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page, size);
    }

    @Override
    public Mono<Campaign> insertDraft(Campaign draft) {
        return store.create(COLLECTION, draft, List.of()).thenReturn(draft);
    }

    /** Sets every field a command can change; the identity, creation and outbox stay as they are. */
    @Override
    public Mono<Campaign> save(Campaign changed, long expectedVersion, DomainEvent event) {
        var change = new Update()
                .set("definition", changed.definition())
                .set("status", changed.status())
                .set("searchKey", changed.searchKey())
                .set("launchedAt", changed.launchedAt())
                .set("launchedBy", changed.launchedBy())
                .set("reviews", changed.reviews())
                .set("closedAt", changed.closedAt())
                .set("closedBy", changed.closedBy())
                .set("cancellationReason", changed.cancellationReason());
        List<PendingEvent<?>> events = event == null ? List.of() : List.of(pending(event));
        return store.update(COLLECTION, changed.id(), expectedVersion, change, events).thenReturn(changed);
    }

    /** The word as a regular expression that matches it literally, escaped character by character. */
    static String literal(String word) {
        var escaped = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    private static <T extends DomainEvent> PendingEvent<T> pending(T event) {
        return PendingEvent.of(EventCatalog.forPayload(event), event);
    }
}
