package vn.thidua.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;
import vn.thidua.contracts.events.EventType;
import vn.thidua.support.problem.AlreadyExistsException;
import vn.thidua.support.problem.ConcurrentChangeException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.testing.MongoFixture;
import vn.thidua.support.testing.TallyChanged;

class AggregateStoreTest {

    private static final EventType<TallyChanged> TALLY = TallyChanged.onTopic("test.tallies");
    private static final String TALLIES = "tallies";

    record Tally(@Id String id, String provinceCode, int total) { }

    private final MongoFixture mongo = new MongoFixture();
    private final ReactiveMongoTemplate template = mongo.template();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final AggregateStore store = new AggregateStore(template, wakeUps::incrementAndGet,
            Clock.fixed(Instant.parse("2025-06-11T01:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void createStoresVersionOneWithItsEventsAndWakesTheRelay() {
        store.create(TALLIES, new Tally("t1", "19", 0),
                List.of(PendingEvent.of(TALLY, new TallyChanged("t1", 1, "19", 0)))).block();

        Document stored = raw("t1");
        assertThat(stored.get("version")).isEqualTo(1L);
        assertThat(stored.getString("provinceCode")).isEqualTo("19");
        List<Document> outbox = stored.getList("outbox", Document.class);
        assertThat(outbox).hasSize(1);
        OutboxEntry entry = OutboxEntry.fromDocument(outbox.get(0));
        assertThat(entry.type()).isEqualTo("vn.thidua.test.TallyChanged.v1");
        assertThat(entry.key()).isEqualTo("t1");
        assertThat(entry.aggregateVersion()).isEqualTo(1);
        assertThat(entry.time()).isEqualTo(Instant.parse("2025-06-11T01:00:00Z"));
        assertThat(entry.payload()).contains("\"tallyId\":\"t1\"").doesNotContain("aggregateId");
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void creatingTheSameIdTwiceIsRefusedAndKeepsTheFirst() {
        store.create(TALLIES, new Tally("t1", "19", 5), List.of()).block();

        assertThatThrownBy(() -> store.create(TALLIES, new Tally("t1", "19", 9), List.of()).block())
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(raw("t1").getInteger("total")).isEqualTo(5);
    }

    @Test
    void updateSetsStateAppendsEventsAndIncrementsVersionInOneStep() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();

        long version = store.update(TALLIES, "t1", 1, new Update().set("total", 7),
                List.of(PendingEvent.of(TALLY, new TallyChanged("t1", 2, "19", 7)))).block();

        assertThat(version).isEqualTo(2);
        Document stored = raw("t1");
        assertThat(stored.getInteger("total")).isEqualTo(7);
        assertThat(stored.get("version")).isEqualTo(2L);
        assertThat(stored.getList("outbox", Document.class)).extracting(d -> d.get("aggregateVersion"))
                .containsExactly(2L);
    }

    @Test
    void aStaleVersionIsRefusedWithNothingWritten() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();
        store.update(TALLIES, "t1", 1, new Update().set("total", 1), List.of()).block();

        assertThatThrownBy(() -> store.update(TALLIES, "t1", 1, new Update().set("total", 99),
                List.of(PendingEvent.of(TALLY, new TallyChanged("t1", 2, "19", 99)))).block())
                .isInstanceOf(ConcurrentChangeException.class)
                .satisfies(e -> assertThat(((ConcurrentChangeException) e).status()).isEqualTo(409));
        Document stored = raw("t1");
        assertThat(stored.getInteger("total")).isEqualTo(1);
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
    }

    @Test
    void anUnknownAggregateIsNotFoundRatherThanAConflict() {
        assertThatThrownBy(() -> store.update(TALLIES, "nope", 1, new Update().set("total", 1), List.of()).block())
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStateChangeMayNotTouchTheVersionOrTheOutbox() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();

        assertThatThrownBy(() -> store.update(TALLIES, "t1", 1, new Update().set("version", 42), List.of()).block())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(TALLIES, "t1", 1, new Update().unset("outbox"), List.of()).block())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(raw("t1").get("version")).isEqualTo(1L);
    }

    @Test
    void anEventMustCarryTheVersionTheWriteProduces() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();

        assertThatThrownBy(() -> store.update(TALLIES, "t1", 1, new Update().set("total", 1),
                List.of(PendingEvent.of(TALLY, new TallyChanged("t1", 5, "19", 1)))).block())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentCommandsOnOneAggregateNeverLoseAnUpdate() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();
        int commands = 40;

        // Each command reads, decides and writes conditionally; a conflict re-reads and tries again, as a client
        // answered 409 would.
        Flux.range(0, commands)
                .parallel(8).runOn(Schedulers.parallel())
                .flatMap(i -> increment("t1"))
                .sequential()
                .blockLast();

        Document stored = raw("t1");
        assertThat(stored.getInteger("total")).isEqualTo(commands);
        assertThat(stored.get("version")).isEqualTo((long) commands + 1);
        assertThat(stored.getList("outbox", Document.class))
                .extracting(d -> ((Number) d.get("aggregateVersion")).longValue())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.LongStream.rangeClosed(2, commands + 1).boxed().toList());
    }

    @Test
    void twoWritersFromTheSameVersionCannotBothWin() {
        store.create(TALLIES, new Tally("t1", "19", 0), List.of()).block();

        var outcomes = Flux.range(1, 10)
                .flatMap(i -> store.update(TALLIES, "t1", 1, new Update().set("total", i),
                                List.of(PendingEvent.of(TALLY, new TallyChanged("t1", 2, "19", i))))
                        .map(v -> "won")
                        .onErrorResume(ConcurrentChangeException.class, e -> Mono.just("refused")))
                .collectList().block();

        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(9);
        assertThat(raw("t1").getList("outbox", Document.class)).hasSize(1);
    }

    private Mono<Long> increment(String id) {
        return Mono.defer(() -> template.findById(id, Document.class, TALLIES)
                        .flatMap(current -> {
                            long version = (Long) current.get("version");
                            int total = current.getInteger("total") + 1;
                            return store.update(TALLIES, id, version, new Update().set("total", total),
                                    List.of(PendingEvent.of(TALLY, new TallyChanged(id, version + 1, "19", total))));
                        }))
                .retryWhen(Retry.indefinitely().filter(ConcurrentChangeException.class::isInstance));
    }

    private Document raw(String id) {
        return template.findOne(query(where("_id").is(id)), Document.class, TALLIES).block();
    }
}
