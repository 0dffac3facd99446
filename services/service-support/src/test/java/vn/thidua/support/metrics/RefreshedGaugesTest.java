package vn.thidua.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import reactor.core.publisher.Flux;
import vn.thidua.support.testing.MongoFixture;

/** Gauges counted by an aggregation on the real Mongo-wire server, overwritten on each refresh. */
class RefreshedGaugesTest {

    private final MongoFixture fixture = new MongoFixture();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RefreshedGauges gauges = new RefreshedGauges(registry, Duration.ofSeconds(10));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void countsPerGroupAndShowsZeroForAKnownValueThatEmptied() {
        insert("a", "DRAFT", "X");
        insert("b", "DRAFT", "X");
        insert("c", "SUBMITTED", "Y");
        insert("d", "SUBMITTED", "Y", "99"); // another province, filtered out
        gauges.register("test.items", "Items by status and kind", () -> RefreshedGauges.withZeros(
                RefreshedGauges.countBy(fixture.template(), "items", Criteria.where("province").is("19"),
                        Map.of("status", "status", "kind", "kind")),
                List.of(Tags.of("status", "SUBMITTED", "kind", "Y"), Tags.of("status", "GRANTED", "kind", "Y"))));

        gauges.refresh().block();
        assertThat(values()).isEqualTo(Map.of("DRAFT/X", 2.0, "SUBMITTED/Y", 1.0, "GRANTED/Y", 0.0));

        fixture.template().remove(new org.springframework.data.mongodb.core.query.Query(
                Criteria.where("_id").in("a", "b", "c")), "items").block();
        gauges.refresh().block();
        // DRAFT/X was not known in advance: it goes; the known SUBMITTED/Y stays, at 0.
        assertThat(values()).isEqualTo(Map.of("SUBMITTED/Y", 0.0, "GRANTED/Y", 0.0));
    }

    @Test
    void aFailingQueryKeepsTheLastValuesAndTheOthersStillRefresh() {
        var failing = new java.util.concurrent.atomic.AtomicBoolean();
        gauges.register("test.flaky", "Fails on demand", () -> failing.get()
                ? Flux.error(new IllegalStateException("database down"))
                : Flux.just(RefreshedGauges.Row.of(3, "status", "OPEN")));
        insert("a", "DRAFT", "X");
        gauges.register("test.items", "Items", () -> RefreshedGauges.countBy(fixture.template(), "items",
                new Criteria(), Map.of("status", "status", "kind", "kind")));

        gauges.refresh().block();
        failing.set(true);
        insert("b", "DRAFT", "X");
        gauges.refresh().block();

        assertThat(registry.get("test.flaky").tag("status", "OPEN").gauge().value()).isEqualTo(3.0);
        assertThat(registry.get("test.items").tag("status", "DRAFT").gauge().value()).isEqualTo(2.0);
    }

    @Test
    void aSlowReadingThatFinishesAfterALaterOneDoesNotPutItsOlderCountBack() {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        gauges.register("test.raced", "Raced", () -> calls.incrementAndGet() == 1
                ? Flux.just(RefreshedGauges.Row.of(1)).delayElements(Duration.ofMillis(500))
                : Flux.just(RefreshedGauges.Row.of(2)));

        var slow = gauges.refresh().toFuture(); // the periodic refresh, started before the change
        gauges.refresh().block();               // one asked for after it
        slow.join();

        assertThat(registry.get("test.raced").gauge().value()).isEqualTo(2.0);
    }

    private Map<String, Double> values() {
        return registry.find("test.items").gauges().stream().collect(Collectors.toMap(
                g -> g.getId().getTag("status") + "/" + g.getId().getTag("kind"), Gauge::value));
    }

    private void insert(String id, String status, String kind) {
        insert(id, status, kind, "19");
    }

    private void insert(String id, String status, String kind, String province) {
        fixture.template().insert(new Document("_id", id).append("status", status).append("kind", kind)
                .append("province", province), "items").block();
    }
}
