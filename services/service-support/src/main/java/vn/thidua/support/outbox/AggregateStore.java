package vn.thidua.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import vn.thidua.support.problem.AlreadyExistsException;
import vn.thidua.support.problem.ConcurrentChangeException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.tracing.TraceParents;

/**
 * Writes an aggregate's new state and the events that describe the change in ONE document update, so that state
 * and events can never disagree without multi-document transactions (which the embedded server lacks).
 *
 * <p>Every aggregate document carries {@code version} (1 after creation) and {@code outbox} (events not yet
 * acknowledged by the broker). Callers never save a whole document back: that could resurrect entries the relay
 * has already removed, or drop ones it has not published yet.
 *
 * <p>Each entry also keeps the trace context of the write that produced it, so that the relay, which publishes
 * later and outside the request, can hand the trace on to the consumers.
 */
public class AggregateStore {

    public static final String VERSION = "version";
    public static final String OUTBOX = "outbox";
    private static final Set<String> RESERVED = Set.of("_id", VERSION, OUTBOX);

    private final ReactiveMongoOperations mongo;
    private final OutboxRelayTrigger relay;
    private final Clock clock;
    private final TraceParents traces;

    public AggregateStore(ReactiveMongoOperations mongo, OutboxRelayTrigger relay, Clock clock) {
        this(mongo, relay, clock, TraceParents.NONE);
    }

    public AggregateStore(ReactiveMongoOperations mongo, OutboxRelayTrigger relay, Clock clock,
                          TraceParents traces) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.traces = traces;
    }

    /**
     * Inserts a new aggregate at version 1 together with its creation events.
     *
     * @param aggregate a mapped document object (its {@code id} becomes {@code _id}); its own {@code version} and
     *                  {@code outbox} properties, if any, are overwritten
     * @return the stored version, always 1
     */
    public Mono<Long> create(String collection, Object aggregate, List<? extends PendingEvent<?>> events) {
        return Mono.deferContextual(context -> insert(collection, aggregate, events, context));
    }

    private Mono<Long> insert(String collection, Object aggregate, List<? extends PendingEvent<?>> events,
                              ContextView context) {
        var document = new Document();
        mongo.getConverter().write(aggregate, document);
        Object id = document.get("_id");
        if (id == null) {
            return Mono.error(new IllegalArgumentException("An aggregate must have its id before it is created"));
        }
        requireVersion(events, 1, id);
        document.put(VERSION, 1L);
        document.put(OUTBOX, toDocuments(events, context));
        return mongo.insert(document, collection)
                .onErrorMap(DuplicateKeyException.class, e -> new AlreadyExistsException(
                        "Đã có dữ liệu với mã hoặc khóa \"" + id + "\"; không thể tạo trùng."))
                .doOnSuccess(ignored -> relay.wake())
                .thenReturn(1L);
    }

    /**
     * Applies a state change to the aggregate if, and only if, it is still at {@code expectedVersion}: sets the new
     * state, appends the events to the outbox and increments the version, in one conditional update.
     *
     * @return the new version
     * @throws ConcurrentChangeException (as the Mono's error) when the aggregate moved on since it was read
     * @throws NotFoundException         when there is no such aggregate
     */
    public Mono<Long> update(String collection, Object id, long expectedVersion, Update stateChange,
                             List<? extends PendingEvent<?>> events) {
        return Mono.deferContextual(context -> mongo.updateFirst(atVersion(id, expectedVersion),
                                conditionalChange(id, expectedVersion, stateChange, events, context), collection)
                        .flatMap(result -> result.getMatchedCount() > 0
                                ? Mono.just(expectedVersion + 1)
                                : explainMiss(collection, id, expectedVersion)))
                .doOnNext(version -> wakeRelayFor(events));
    }

    /** Like {@link #update} but returns the aggregate as it is after the change, mapped to {@code type}. */
    public <T> Mono<T> updateAndGet(String collection, Object id, long expectedVersion, Update stateChange,
                                    List<? extends PendingEvent<?>> events, Class<T> type) {
        return Mono.deferContextual(context -> mongo.findAndModify(atVersion(id, expectedVersion),
                                conditionalChange(id, expectedVersion, stateChange, events, context),
                                FindAndModifyOptions.options().returnNew(true), type, collection))
                .doOnNext(updated -> wakeRelayFor(events))
                .switchIfEmpty(Mono.defer(() -> explainMiss(collection, id, expectedVersion)));
    }

    private static Query atVersion(Object id, long version) {
        return query(where("_id").is(id).and(VERSION).is(version));
    }

    /** The caller's state change, plus the version increment and the events; the caller's Update stays as it was. */
    private Update conditionalChange(Object id, long expectedVersion, Update stateChange,
                                     List<? extends PendingEvent<?>> events, ContextView context) {
        for (Object operation : stateChange.getUpdateObject().values()) {
            for (String field : ((Document) operation).keySet()) {
                if (RESERVED.contains(field) || field.startsWith(OUTBOX + ".")) {
                    throw new IllegalArgumentException("A state change may not touch " + field + ": the store owns it");
                }
            }
        }
        requireVersion(events, expectedVersion + 1, id);
        // Values are shared, not serialised, so their types survive the copy.
        Update update = Update.fromDocument(new Document(stateChange.getUpdateObject())).inc(VERSION, 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(toDocuments(events, context).toArray());
        }
        return update;
    }

    private void wakeRelayFor(List<? extends PendingEvent<?>> events) {
        if (!events.isEmpty()) {
            relay.wake();
        }
    }

    private <T> Mono<T> explainMiss(String collection, Object id, long expectedVersion) {
        return mongo.exists(query(where("_id").is(id)), collection)
                .flatMap(exists -> Mono.error(exists
                        ? new ConcurrentChangeException(String.valueOf(id), expectedVersion)
                        : NotFoundException.of("bản ghi", String.valueOf(id))));
    }

    private List<Document> toDocuments(List<? extends PendingEvent<?>> events, ContextView context) {
        if (events.isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        String traceparent = traces.current(context);
        return events.stream().map(pending -> pending.toEntry(now, traceparent).toDocument()).toList();
    }

    /** Events describe the state they leave behind, so they must carry the version the write produces. */
    private static void requireVersion(List<? extends PendingEvent<?>> events, long version, Object id) {
        for (PendingEvent<?> pending : events) {
            if (pending.event().aggregateVersion() != version) {
                throw new IllegalArgumentException("Event " + pending.type().wireType() + " for " + id
                        + " carries version " + pending.event().aggregateVersion() + " but the write produces "
                        + version);
            }
        }
    }
}
