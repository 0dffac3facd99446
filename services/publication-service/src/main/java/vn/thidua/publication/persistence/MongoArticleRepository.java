package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.publication.application.ArticleRepository;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.persistence.MongoPages;
import vn.thidua.support.web.PageResult;

/** Articles in the {@value #COLLECTION} collection, each document an aggregate with its own outbox. */
@Repository
class MongoArticleRepository implements ArticleRepository {

    static final String COLLECTION = "articles";

    private final ReactiveMongoOperations mongo;
    private final IdempotentUpdates idempotent;

    MongoArticleRepository(ReactiveMongoOperations mongo, IdempotentUpdates idempotent) {
        this.mongo = mongo;
        this.idempotent = idempotent;
    }

    @Override
    public Mono<Article> findById(String id) {
        return mongo.findById(id, Article.class, COLLECTION);
    }

    @Override
    public Mono<PageResult<Article>> find(Set<ArticleStatus> statuses, int page, int size) {
        return MongoPages.find(mongo, COLLECTION, Article.class,
                where("status").in(statuses.stream().map(Enum::name).toList()),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page, size);
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
            if (!field.equals("_id") && !field.equals("_class")) {
                update.setOnInsert(field, value);
            }
        });
        update.setOnInsert(AggregateStore.VERSION, 1L).setOnInsert(AggregateStore.OUTBOX, List.of());
        return idempotent.upsert(COLLECTION, draft.id(), event, update);
    }
}
