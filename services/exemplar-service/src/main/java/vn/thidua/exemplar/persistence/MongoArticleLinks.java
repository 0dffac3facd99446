package vn.thidua.exemplar.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.exemplar.application.ArticleLinks;
import vn.thidua.exemplar.domain.ArticleLink;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;

/** One document per exemplar and article in {@value #COLLECTION}, marked with the article's last applied version. */
@Repository
class MongoArticleLinks implements ArticleLinks {

    static final String COLLECTION = "exemplar_articles";

    private final ReactiveMongoOperations mongo;
    private final IdempotentUpdates idempotent;

    MongoArticleLinks(ReactiveMongoOperations mongo, IdempotentUpdates idempotent) {
        this.mongo = mongo;
        this.idempotent = idempotent;
    }

    record LinkDocument(String id, String exemplarId, String articleId, String title, String url,
                        Instant publishedAt, boolean withdrawn) {
    }

    static String id(String exemplarId, String articleId) {
        return exemplarId + "/" + articleId;
    }

    @Override
    public Mono<Outcome> published(String exemplarId, ArticlePublished article, InboundEvent<ArticlePublished> event) {
        var update = new Update()
                .set("exemplarId", exemplarId)
                .set("articleId", article.articleId())
                .set("title", article.title())
                .set("url", article.url())
                .set("publishedAt", article.publishedAt())
                .set("withdrawn", false);
        return idempotent.upsert(COLLECTION, id(exemplarId, article.articleId()), event, update);
    }

    @Override
    public Mono<Outcome> withdrawn(String exemplarId, ArticleWithdrawn article, InboundEvent<ArticleWithdrawn> event) {
        var update = new Update()
                .set("exemplarId", exemplarId)
                .set("articleId", article.articleId())
                .set("withdrawn", true);
        return idempotent.upsert(COLLECTION, id(exemplarId, article.articleId()), event, update);
    }

    @Override
    public Mono<List<ArticleLink>> publishedAbout(String exemplarId) {
        return mongo.find(query(where("exemplarId").is(exemplarId).and("withdrawn").is(false))
                                .with(Sort.by(Sort.Order.desc("publishedAt"))), LinkDocument.class, COLLECTION)
                .map(link -> new ArticleLink(link.articleId(), link.title(), link.url(), link.publishedAt()))
                .collectList();
    }
}
