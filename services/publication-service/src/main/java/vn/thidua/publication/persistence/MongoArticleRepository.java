package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.application.ArticleQuery;
import vn.thidua.publication.application.ArticleRepository;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.persistence.MongoPages;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.PageResult;

/** Articles in the {@value #COLLECTION} collection, each document an aggregate with its own outbox. */
@Repository
class MongoArticleRepository implements ArticleRepository {

    static final String COLLECTION = "articles";
    /** Fields the store or the consumers own: a state change never writes them. */
    private static final Set<String> NOT_STATE = Set.of("_id", "_class", AggregateStore.VERSION,
            AggregateStore.OUTBOX, IdempotentUpdates.APPLIED);

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;
    private final IdempotentUpdates idempotent;

    MongoArticleRepository(ReactiveMongoOperations mongo, AggregateStore store, IdempotentUpdates idempotent) {
        this.mongo = mongo;
        this.store = store;
        this.idempotent = idempotent;
    }

    @Override
    public Mono<Article> findById(String id) {
        return mongo.findById(id, Article.class, COLLECTION);
    }

    @Override
    public Mono<Article> findPublishedBySlug(String provinceCode, String slug) {
        return mongo.findOne(query(where("provinceCode").is(provinceCode).and("slug").is(slug)
                .and("status").is(ArticleStatus.PUBLISHED.name())), Article.class, COLLECTION);
    }

    @Override
    public Mono<PageResult<Article>> find(ArticleQuery q) {
        var criteria = new ArrayList<Criteria>();
        criteria.add(where("status").in(q.statuses().stream().map(Enum::name).toList()));
        if (q.channel() != null) {
            criteria.add(where("channels").is(q.channel()));
        }
        if (q.category() != null) {
            criteria.add(where("category").is(q.category().name()));
        }
        if (q.authorUnitCode() != null) {
            criteria.add(where("authorUnitCode").is(q.authorUnitCode()));
        }
        String folded = VietnameseText.fold(q.text());
        if (!folded.isEmpty()) {
            criteria.add(where("searchKey").regex(Pattern.quote(folded)));
        }
        Sort sort = q.publishedOnly()
                ? Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
        return MongoPages.find(mongo, COLLECTION, Article.class, new Criteria().andOperator(criteria), sort,
                q.page(), q.size());
    }

    @Override
    public Flux<Article> findPublished(String channel, ArticleCategory category, int limit) {
        Criteria criteria = where("status").is(ArticleStatus.PUBLISHED.name());
        if (channel != null) {
            criteria = criteria.and("channels").is(channel);
        }
        if (category != null) {
            criteria = criteria.and("category").is(category.name());
        }
        return mongo.find(query(criteria).with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id")))
                .limit(limit), Article.class, COLLECTION);
    }

    @Override
    public Flux<Article> findDueForPublication(Instant now, int limit) {
        return mongo.find(query(where("status").is(ArticleStatus.SCHEDULED.name()).and("scheduledAt").lte(now))
                .with(Sort.by("scheduledAt")).limit(limit), Article.class, COLLECTION);
    }

    @Override
    public Mono<Article> insert(Article article, List<? extends PendingEvent<?>> events) {
        return store.create(COLLECTION, article, events).then(findById(article.id()));
    }

    @Override
    public Mono<Article> save(Article next, long expectedVersion, List<? extends PendingEvent<?>> events) {
        var document = new Document();
        mongo.getConverter().write(next, document);
        var update = new Update();
        document.forEach((field, value) -> {
            if (!NOT_STATE.contains(field)) {
                update.set(field, value);
            }
        });
        // Fields that became null are absent from the written document; they must go from the stored one too.
        for (String optional : List.of("summary", "links", "source", "scheduledAt", "publishedAt",
                "lastPublishedAt", "rejectionReason", "withdrawalReason", "notice")) {
            if (!document.containsKey(optional)) {
                update.unset(optional);
            }
        }
        return store.updateAndGet(COLLECTION, next.id(), expectedVersion, update, events, Article.class);
    }

    /**
     * An upsert whose every field is {@code $setOnInsert}: the first delivery creates the aggregate at version 1
     * with an empty outbox, exactly as a command would; a re-delivery matches nothing new and changes nothing.
     */
    @Override
    public Mono<IdempotentUpdates.Outcome> insertDraftOnce(Article draft, InboundEvent<? extends DomainEvent> event) {
        var document = new Document();
        mongo.getConverter().write(draft, document);
        var update = new Update();
        document.forEach((field, value) -> {
            if (!NOT_STATE.contains(field)) {
                update.setOnInsert(field, value);
            }
        });
        update.setOnInsert(AggregateStore.VERSION, 1L).setOnInsert(AggregateStore.OUTBOX, List.of());
        return idempotent.upsert(COLLECTION, draft.id(), event, update);
    }

    @Override
    public Mono<IdempotentUpdates.Outcome> markNoticeClosed(String articleId, InboundEvent<? extends DomainEvent> event,
                                                            Instant closedAt, String closure, Instant now) {
        var effect = new Update().set("notice.closedAt", closedAt).set("notice.closure", closure)
                .set("updatedAt", now).inc(AggregateStore.VERSION, 1);
        return idempotent.apply(COLLECTION, articleId, event, effect);
    }

    @Override
    public Mono<Long> countPublished(String authorUnitCode, ArticleCategory category, Instant from,
                                     Instant toExclusive) {
        Criteria criteria = where("authorUnitCode").is(authorUnitCode)
                .and("status").in(ArticleStatus.PUBLISHED.name(), ArticleStatus.ARCHIVED.name())
                // A withdrawn article was taken down, not published for good: it does not fulfil a duty.
                .and("withdrawalReason").exists(false)
                .and("publishedAt").gte(from).lt(toExclusive);
        if (category != null) {
            criteria = criteria.and("category").is(category.name());
        }
        return mongo.count(new Query(criteria), COLLECTION);
    }
}
