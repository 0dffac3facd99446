package vn.thidua.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.thidua.support.metrics.EventMetrics;

/**
 * Moves events from aggregate outboxes to the broker. For each entry, in the order it was written: publish, wait
 * for the broker's acknowledgement, then {@code $pull} the entry by its id (the version is left alone, so a
 * concurrent command is never refused because of the relay).
 *
 * <p>Delivery is at least once: a crash between the acknowledgement and the removal publishes the entry again
 * with the same {@code ce_id}, and consumers deduplicate. A broker outage only delays: the entries stay where they
 * are and the periodic sweep retries. One pass runs at a time; wake-ups that arrive during a pass are coalesced
 * into the next one. Several instances of a service may relay at once: that can duplicate (never lose) an event.
 */
public class OutboxRelay implements OutboxRelayTrigger, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int PARALLEL_AGGREGATES = 8;

    private final ReactiveMongoOperations mongo;
    private final EventPublisher publisher;
    private final List<String> collections;
    private final Duration sweepInterval;
    private final int batchSize;
    private final BooleanSupplier topicsReady;
    private final EventMetrics metrics;
    private final Sinks.Many<Boolean> wakeups = Sinks.many().unicast().onBackpressureBuffer();
    private final Scheduler publishing = Schedulers.newBoundedElastic(PARALLEL_AGGREGATES, 10_000, "outbox-relay");
    private volatile Disposable loop;
    private volatile boolean failing;

    public OutboxRelay(ReactiveMongoOperations mongo, EventPublisher publisher, List<String> collections,
                       Duration sweepInterval, int batchSize, BooleanSupplier topicsReady, EventMetrics metrics) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = List.copyOf(collections);
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.topicsReady = topicsReady;
        this.metrics = metrics;
    }

    @Override
    public void wake() {
        // Several writers may wake us at once; the sink accepts one emitter at a time.
        synchronized (wakeups) {
            wakeups.tryEmitNext(Boolean.TRUE);
        }
    }

    @Override
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        loop = Flux.merge(wakeups.asFlux(), Flux.interval(Duration.ZERO, sweepInterval).map(tick -> Boolean.TRUE))
                .onBackpressureLatest()
                .concatMap(signal -> relayOnce().onErrorResume(this::logPassFailure), 1)
                .subscribe(published -> {
                    if (published >= batchSize) {
                        wake(); // more may be waiting beyond this batch
                    }
                });
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.dispose();
            loop = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    /** Starts before the web server and stops after it (its phase is DEFAULT_PHASE - 1024), so the events of
     *  requests still in flight during a graceful shutdown get their wake-up. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    /** One pass over every outbox collection; returns the number of events published. */
    public Mono<Integer> relayOnce() {
        return Flux.fromIterable(collections)
                .concatMap(this::relayCollection)
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> relayCollection(String collection) {
        Query pending = query(where(AggregateStore.OUTBOX + ".0").exists(true)).limit(batchSize);
        pending.fields().include(AggregateStore.OUTBOX);
        return mongo.find(pending, Document.class, collection)
                .collectList()
                .flatMap(documents -> {
                    metrics.backlog(collection, documents.stream().mapToLong(d -> entriesOf(d).size()).sum());
                    if (documents.isEmpty() || !topicsReady.getAsBoolean()) {
                        return Mono.just(0);
                    }
                    return Flux.fromIterable(documents)
                            .flatMap(document -> relayAggregate(collection, document), PARALLEL_AGGREGATES)
                            .reduce(0, Integer::sum)
                            .doOnNext(count -> {
                                if (count > 0) {
                                    recovered();
                                }
                            });
                });
    }

    /** An aggregate's entries leave strictly in order; the first failure stops the rest until the next pass. */
    private Mono<Integer> relayAggregate(String collection, Document document) {
        Object id = document.get("_id");
        return Flux.fromIterable(entriesOf(document))
                .map(OutboxEntry::fromDocument)
                .concatMap(entry -> Mono.defer(() -> publisher.publish(entry))
                        .subscribeOn(publishing)
                        .then(remove(collection, id, entry.id()))
                        .thenReturn(1))
                .reduce(0, Integer::sum)
                .onErrorResume(error -> {
                    reportFailure(collection, id, error);
                    return Mono.just(0);
                });
    }

    private Mono<Void> remove(String collection, Object aggregateId, String entryId) {
        return mongo.updateFirst(query(where("_id").is(aggregateId)),
                        new Update().pull(AggregateStore.OUTBOX, new Document(OutboxEntry.ID, entryId)), collection)
                .then();
    }

    @SuppressWarnings("unchecked")
    private static List<Document> entriesOf(Document document) {
        Object entries = document.get(AggregateStore.OUTBOX);
        return entries instanceof List<?> list ? (List<Document>) list : List.of();
    }

    /** An outage would otherwise log every entry of every sweep; one warning per outage is enough. */
    private void reportFailure(String collection, Object aggregateId, Throwable error) {
        if (!failing) {
            failing = true;
            log.warn("Outbox relay cannot publish ({}/{}): {}. Events stay in the outbox and are retried.",
                    collection, aggregateId, error.toString());
        } else {
            log.debug("Outbox relay still failing for {}/{}", collection, aggregateId, error);
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Outbox relay publishes again");
        }
    }

    private Mono<Integer> logPassFailure(Throwable error) {
        log.warn("Outbox relay pass failed: {}", error.toString());
        return Mono.just(0);
    }

    public void close() {
        stop();
        publishing.dispose();
    }
}
