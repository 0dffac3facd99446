package vn.thidua.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Business gauges counted in the database ({@code thidua_nominations{status,award_type}}, …): each family is a
 * query that yields rows of tags and a value, run at start-up and then every {@code thidua.metrics.refresh-interval},
 * and published as a {@link MultiGauge} that is overwritten each time, so a row that disappears from the answer
 * disappears from the metrics, and a known value with no documents can be reported as 0 ({@link #withZeros}).
 * A query that fails or takes longer than the interval leaves the last values in place.
 */
public class RefreshedGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RefreshedGauges.class);

    /** One series: its tags and its value. */
    public record Row(Tags tags, long value) {

        /** @param keyValues tag names and values, alternating */
        public static Row of(long value, String... keyValues) {
            return new Row(Tags.of(keyValues), value);
        }
    }

    /**
     * A gauge family. Readings are numbered when they start: a slow reading that finishes after a later one (the
     * periodic refresh racing one asked for on purpose) must not put its older counts back.
     */
    private static final class Family {

        private final MultiGauge gauge;
        private final String name;
        private final Supplier<Flux<Row>> rows;
        private final AtomicLong started = new AtomicLong();
        private long published;

        Family(MultiGauge gauge, String name, Supplier<Flux<Row>> rows) {
            this.gauge = gauge;
            this.name = name;
            this.rows = rows;
        }

        synchronized void publish(long reading, List<Row> answer) {
            if (reading < published) {
                return;
            }
            published = reading;
            // Two rows with the same tags (e.g. a null and an empty field) are one series: add them up.
            var merged = new LinkedHashMap<Tags, Long>();
            answer.forEach(row -> merged.merge(row.tags(), row.value(), Long::sum));
            var series = new ArrayList<MultiGauge.Row<?>>();
            merged.forEach((tags, value) -> series.add(MultiGauge.Row.of(tags, value)));
            gauge.register(series, true);
        }
    }

    private final MeterRegistry registry;
    private final Duration interval;
    private final List<Family> families = new CopyOnWriteArrayList<>();
    private volatile Disposable loop;

    public RefreshedGauges(MeterRegistry registry, Duration interval) {
        this.registry = registry;
        this.interval = interval;
    }

    /** Declares a gauge family; call it while the application starts (beans' constructors). */
    public void register(String name, String description, Supplier<Flux<Row>> rows) {
        families.add(new Family(MultiGauge.builder(name).description(description).register(registry), name, rows));
    }

    /** Runs every query once and publishes what they answered; failures are logged and leave the last values. */
    public Mono<Void> refresh() {
        return Flux.fromIterable(families)
                .concatMap(family -> Mono.defer(() -> {
                    long reading = family.started.incrementAndGet();
                    return Flux.defer(family.rows)
                            .collectList()
                            .timeout(interval)
                            .doOnNext(rows -> family.publish(reading, rows));
                }).onErrorResume(error -> {
                    log.debug("Gauge {} not refreshed this time; keeping the last values", family.name, error);
                    return Mono.empty();
                }))
                .then();
    }

    /** {@code counted}, plus a 0 row for each known tag set it did not answer. */
    public static Flux<Row> withZeros(Flux<Row> counted, Collection<Tags> known) {
        return counted.collectList().flatMapMany(rows -> {
            var all = new LinkedHashMap<Tags, Long>();
            known.forEach(tags -> all.put(tags, 0L));
            rows.forEach(row -> all.merge(row.tags(), row.value(), Long::sum));
            return Flux.fromIterable(all.entrySet()).map(e -> new Row(e.getKey(), e.getValue()));
        });
    }

    /**
     * Counts the documents of {@code collection} matching {@code match}, grouped by fields: one aggregation
     * ($match, $group) in the database, one row per combination found.
     *
     * @param tagToField tag name → document field (a dotted path); a missing field reads as ""
     */
    public static Flux<Row> countBy(ReactiveMongoOperations mongo, String collection, Criteria match,
                                    Map<String, String> tagToField) {
        var id = new Document();
        tagToField.forEach((tag, field) -> id.put(tag, "$" + field));
        List<Document> pipeline = List.of(
                new Document("$match", match.getCriteriaObject()),
                new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1))));
        return mongo.getCollection(collection)
                .flatMapMany(c -> Flux.from(c.aggregate(pipeline)))
                .map(result -> {
                    Document key = result.get("_id", Document.class);
                    var tags = new ArrayList<String>();
                    tagToField.keySet().forEach(tag -> {
                        Object value = key == null ? null : key.get(tag);
                        tags.add(tag);
                        tags.add(value == null ? "" : value.toString());
                    });
                    return Row.of(((Number) result.get("n")).longValue(), tags.toArray(String[]::new));
                });
    }

    /**
     * Documents of {@code collection} per value of one field, with a 0 for each of {@code known} (an enum's
     * constants) that no document has: the usual "aggregates by status" gauge.
     */
    public static Flux<Row> countByField(ReactiveMongoOperations mongo, String collection, String tag, String field,
                                         Collection<String> known) {
        return withZeros(countBy(mongo, collection, new Criteria(), Map.of(tag, field)),
                known.stream().map(value -> Tags.of(tag, value)).toList());
    }

    @Override
    public synchronized void start() {
        if (loop != null || families.isEmpty()) {
            return;
        }
        loop = Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> refresh(), 1)
                .subscribe();
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
}
