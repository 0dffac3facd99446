package vn.thidua.support.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Applies a consumed event's effect to one document together with the mark of what has been applied, in one
 * update: the document's {@code applied} map holds, per source aggregate, the last version applied. An update whose
 * event is not newer than the mark matches nothing, so a re-delivered event, or an older one overtaken by a newer,
 * changes nothing.
 */
public class IdempotentUpdates {

    public static final String APPLIED = "applied";

    private final ReactiveMongoOperations mongo;

    public IdempotentUpdates(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    public enum Outcome { APPLIED, DUPLICATE, MISSING }

    /**
     * Applies {@code effect} to the existing document {@code targetId} unless the event is not newer than what it has
     * applied from the same source aggregate.
     *
     * @return APPLIED, DUPLICATE (already applied or older), or MISSING (no such document)
     */
    public Mono<Outcome> apply(String collection, Object targetId, InboundEvent<?> event, Update effect) {
        return mongo.updateFirst(notYetApplied(targetId, event), marked(effect, event), collection)
                .flatMap(result -> result.getMatchedCount() > 0
                        ? Mono.just(Outcome.APPLIED)
                        : mongo.exists(query(where("_id").is(targetId)), collection)
                                .map(exists -> exists ? Outcome.DUPLICATE : Outcome.MISSING));
    }

    /**
     * Like {@link #apply} but creates the document when it does not exist yet (use {@code setOnInsert} in the
     * effect for what only a new document gets). The id must be deterministic for the event so that a re-delivery
     * finds the same document.
     *
     * @return APPLIED or DUPLICATE
     */
    public Mono<Outcome> upsert(String collection, Object targetId, InboundEvent<?> event, Update effect) {
        return mongo.upsert(notYetApplied(targetId, event), marked(effect, event), collection)
                .map(result -> result.getMatchedCount() > 0 || result.getUpsertedId() != null
                        ? Outcome.APPLIED : Outcome.DUPLICATE)
                // The document exists with a mark at or past this version: the filter missed it and the upsert
                // collided with its id. That is exactly a duplicate.
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Outcome.DUPLICATE));
    }

    /** The target, only if it has not applied this or a newer version of the event's source aggregate. */
    private static Query notYetApplied(Object targetId, InboundEvent<?> event) {
        return query(where("_id").is(targetId).and(markField(event)).not().gte(event.aggregateVersion()));
    }

    /** The effect plus the new mark; the caller's Update stays as it was. */
    private static Update marked(Update effect, InboundEvent<?> event) {
        return Update.fromDocument(new Document(effect.getUpdateObject()))
                .set(markField(event), event.aggregateVersion());
    }

    /**
     * Field names cannot hold dots or dollars, which ids may contain: those are percent-encoded, which keeps the
     * mark readable for an operator ({@code applied./thidua/campaign-service/<id>}) and free of collisions.
     */
    static String markField(InboundEvent<?> event) {
        String key = event.sourceAggregate().replace("%", "%25").replace(".", "%2E").replace("$", "%24");
        return APPLIED + "." + key;
    }
}
