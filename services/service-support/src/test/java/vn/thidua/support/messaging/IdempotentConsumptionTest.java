package vn.thidua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.testapp.TallyServiceApplication;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The consumer helper inside a real Spring Cloud Stream application, against the real broker and Mongo-wire server. */
@SpringBootTest(classes = TallyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=tally-service",
                "spring.cloud.function.definition=tallies",
                "spring.cloud.stream.bindings.tallies-in-0.destination=" + TallyServiceApplication.TOPIC,
                "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
                "spring.cloud.stream.default.consumer.back-off-max-interval=200",
                "thidua.messaging.publishes[0].name=" + TallyServiceApplication.TOPIC,
                "thidua.messaging.publishes[0].partitions=1",
                "thidua.messaging.consumes[0]=" + TallyServiceApplication.TOPIC,
                "thidua.metrics.consumer-lag-interval=1s"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class IdempotentConsumptionTest {

    private static final String DLT = "test.tally.events.tally-service.dlt";
    private static KafkaProducer<String, byte[]> producer;

    @Autowired ReactiveMongoTemplate mongo;
    @Autowired WebTestClient web;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void anEventIsAppliedOnceEvenWhenDeliveredTwice() {
        String tally = "dup-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        send(id, tally, 1, json(tally, 1, 5));
        send(id, tally, 1, json(tally, 1, 5)); // the relay re-published after a crash
        send(UUID.randomUUID().toString(), tally, 2, json(tally, 2, 7));

        await().atMost(Duration.ofSeconds(30)).until(() -> total(tally) != null && total(tally).getInteger("total") == 7);
        assertThat(total(tally).getInteger("applications")).isEqualTo(2);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneChangesNothing() {
        String tally = "old-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), tally, 3, json(tally, 3, 9));
        send(UUID.randomUUID().toString(), tally, 2, json(tally, 2, 100));
        String sentinel = "sentinel-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), sentinel, 1, json(sentinel, 1, 1));

        // One partition: once the sentinel is applied, the older event has been handled before it.
        await().atMost(Duration.ofSeconds(30)).until(() -> total(sentinel) != null);
        assertThat(total(tally).getInteger("total")).isEqualTo(9);
        assertThat(total(tally).getInteger("applications")).isEqualTo(1);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAfterThreeAttemptsAndTheFollowingOnesStillFlow() {
        String poison = "poison-" + UUID.randomUUID();
        String failing = "failing-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        int attemptsBefore = TallyServiceApplication.FAILING_ATTEMPTS.get();
        send(UUID.randomUUID().toString(), poison, 1, "{ this is not json".getBytes(StandardCharsets.UTF_8));
        send(UUID.randomUUID().toString(), failing, 1, json(failing, 1, -1));
        send(UUID.randomUUID().toString(), after, 1, json(after, 1, 4));

        await().atMost(Duration.ofSeconds(30)).until(() -> total(after) != null);
        assertThat(TallyServiceApplication.FAILING_ATTEMPTS.get() - attemptsBefore).isEqualTo(3);
        try (var deadLetters = new TopicReader(TestInfrastructure.kafkaBootstrap(), DLT)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.records().stream()
                    .map(r -> r.key()).toList().containsAll(java.util.List.of(poison, failing)));
        }
        assertThat(total(failing)).isNull();

        String metrics = PrometheusText.scrape(web);
        assertThat(metrics)
                .contains("thidua_events_dead_lettered_total{application=\"tally-service\",topic=\"test.tally.events\"}")
                .contains("thidua_events_consumed_total{application=\"tally-service\",outcome=\"applied\"")
                .contains("thidua_event_age_seconds_count{application=\"tally-service\"");
    }

    @Test
    void theConsumerLagOfTheServicesGroupFallsBackToZeroOnceItHasConsumedEverything() {
        String last = "lag-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), last, 1, json(last, 1, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> total(last) != null);

        String series = "thidua_consumer_lag{application=\"tally-service\",group=\"tally-service\",topic=\""
                + TallyServiceApplication.TOPIC + "\"} ";
        // The offset is committed just after the handler returns, and the lag is read every second.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(PrometheusText.scrape(web))
                .contains(series + "0.0"));
    }

    @Test
    void probesAreUpAndReadinessChecksMongo() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    private Document total(String tally) {
        return mongo.findOne(query(where("_id").is(tally)), Document.class, TallyServiceApplication.TOTALS).block();
    }

    private static byte[] json(String tally, long version, int total) {
        return ("{\"tallyId\":\"" + tally + "\",\"aggregateVersion\":" + version + ",\"provinceCode\":\"19\",\"total\":"
                + total + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(String ceId, String key, long version, byte[] payload) {
        var record = new ProducerRecord<>(TallyServiceApplication.TOPIC, key, payload);
        Map.of("ce_id", ceId, "ce_source", "/thidua/test-service", "ce_type", "vn.thidua.test.TallyChanged.v1",
                        "ce_subject", key, "ce_time", Instant.now().toString(), "ce_specversion", "1.0",
                        "ce_aggregateversion", Long.toString(version), "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
