package vn.thidua.nomination.persistence;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;

/**
 * Reads and writes this service's aggregates, one document each, through the outbox store: a write sets the
 * aggregate's whole new state (never the outbox, which the relay owns) and appends its events, if and only if the
 * document is still at the version the command read.
 */
@Component
public class AggregateDocuments {

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    AggregateDocuments(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    public <T> Mono<T> find(String collection, String id, Class<T> type) {
        return mongo.findById(id, type, collection);
    }

    /** Stores a new aggregate at version 1 with its creation events; a taken id is a 409. */
    public <T> Mono<T> create(String collection, T aggregate, List<? extends PendingEvent<?>> events) {
        return store.create(collection, aggregate, events).thenReturn(aggregate);
    }

    /**
     * Stores {@code next}, the state a command computed from the aggregate read at {@code expectedVersion}.
     * A concurrent change in between is a 409 and nothing is written.
     */
    public <T> Mono<T> save(String collection, String id, long expectedVersion, T next,
                            List<? extends PendingEvent<?>> events) {
        return Mono.defer(() -> store.update(collection, id, expectedVersion, stateOf(next), events))
                .thenReturn(next);
    }

    /** Applies a partial change (e.g. counters) at {@code expectedVersion}. */
    public Mono<Long> change(String collection, String id, long expectedVersion, Update change,
                             List<? extends PendingEvent<?>> events) {
        return store.update(collection, id, expectedVersion, change, events);
    }

    private Update stateOf(Object aggregate) {
        var document = new Document();
        mongo.getConverter().write(aggregate, document);
        var update = new Update();
        document.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(AggregateStore.VERSION) && !field.equals(AggregateStore.OUTBOX)
                    && !field.equals("_class")) {
                update.set(field, value);
            }
        });
        return update;
    }
}
