package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.SlugRegistry;

/**
 * One document per claimed slug in {@value #COLLECTION}, its id {@code <province>/<slug>}: the unique id is what
 * makes two simultaneous claims of one slug end with one winner, without a transaction.
 */
@Repository
class MongoSlugRegistry implements SlugRegistry {

    static final String COLLECTION = "slugs";
    private static final int MAX_ATTEMPTS = 1000;

    private final ReactiveMongoOperations mongo;

    MongoSlugRegistry(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<String> claim(String provinceCode, String wanted, String articleId) {
        return attempt(provinceCode, wanted, articleId, 1);
    }

    private Mono<String> attempt(String provinceCode, String wanted, String articleId, int n) {
        if (n > MAX_ATTEMPTS) {
            return Mono.error(new IllegalStateException("No free slug for " + wanted));
        }
        String candidate = n == 1 ? wanted : wanted + "-" + n;
        String key = provinceCode + "/" + candidate;
        return mongo.insert(new Document("_id", key).append("articleId", articleId), COLLECTION)
                .thenReturn(candidate)
                .onErrorResume(DuplicateKeyException.class, taken -> mongo
                        .findOne(query(where("_id").is(key)), Document.class, COLLECTION)
                        .map(owner -> articleId.equals(owner.getString("articleId")))
                        .defaultIfEmpty(false)
                        .flatMap(mine -> mine ? Mono.just(candidate)
                                : attempt(provinceCode, wanted, articleId, n + 1)));
    }
}
