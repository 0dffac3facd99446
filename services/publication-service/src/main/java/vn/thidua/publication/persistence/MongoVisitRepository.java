package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.VisitRepository;

/**
 * Four small collections: {@code visit_salts} (one per day), {@code visit_marks} (visitor and page → last counted),
 * {@code visit_presence} (visitor → last seen) and {@code visit_counters}. Marks and presences hold hashes only.
 */
@Repository
class MongoVisitRepository implements VisitRepository {

    static final String SALTS = "visit_salts";
    static final String MARKS = "visit_marks";
    static final String PRESENCE = "visit_presence";
    static final String COUNTERS = "visit_counters";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMongoOperations mongo;

    MongoVisitRepository(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<String> dailySalt(LocalDate day) {
        String id = day.toString();
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return mongo.findById(id, Document.class, SALTS)
                .switchIfEmpty(Mono.defer(() -> mongo.insert(new Document("_id", id)
                                .append("salt", HexFormat.of().formatHex(fresh)), SALTS)
                        // Two requests created the day's salt at once: the first one stored wins for both.
                        .onErrorResume(DuplicateKeyException.class, e -> mongo.findById(id, Document.class, SALTS))))
                .map(document -> document.getString("salt"));
    }

    /**
     * One conditional upsert: it matches the mark only when the mark is old enough, and otherwise tries to insert
     * a second document with the same id, which the unique id refuses. So two simultaneous views count once.
     */
    @Override
    public Mono<Boolean> markCounted(String key, Instant now, Instant notAfter) {
        return mongo.upsert(query(where("_id").is(key).and("lastCountedAt").not().gt(Date.from(notAfter))),
                        new Update().set("lastCountedAt", Date.from(now)), MARKS)
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, withinWindow -> Mono.just(false));
    }

    @Override
    public Mono<Void> increment(String counter) {
        return mongo.upsert(query(where("_id").is(counter)), new Update().inc("count", 1L), COUNTERS).then();
    }

    @Override
    public Mono<Long> counter(String counter) {
        return mongo.findById(counter, Document.class, COUNTERS)
                .map(document -> ((Number) document.get("count")).longValue())
                .defaultIfEmpty(0L);
    }

    @Override
    public Mono<Void> seen(String visitor, Instant now) {
        return mongo.upsert(query(where("_id").is(visitor)), new Update().set("lastSeenAt", Date.from(now)), PRESENCE)
                .then();
    }

    @Override
    public Mono<Long> seenSince(Instant since) {
        return mongo.count(query(where("lastSeenAt").gte(Date.from(since))), PRESENCE);
    }

    @Override
    public Mono<Void> forget(Instant marksBefore, Instant presenceBefore, LocalDate saltsBefore) {
        return mongo.remove(query(where("lastCountedAt").lt(Date.from(marksBefore))), MARKS)
                .then(mongo.remove(query(where("lastSeenAt").lt(Date.from(presenceBefore))), PRESENCE))
                .then(mongo.remove(query(where("_id").lt(saltsBefore.toString())), SALTS))
                .then();
    }
}
