package vn.thidua.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.support.testapp.TallyServiceApplication;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * The whole operator's path with a real consumer: an event fails three times and is dead-lettered by the binder,
 * {@code list} shows it with the binder's own headers, the fix is deployed, {@code replay} makes it applied, and
 * replaying it once more changes nothing. The settings are IdempotentConsumptionTest's, so the context is shared.
 */
@SpringBootTest(classes = TallyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=tally-service",
                "spring.cloud.function.definition=tallies",
                "spring.cloud.stream.bindings.tallies-in-0.destination=" + TallyServiceApplication.TOPIC,
                "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
                "spring.cloud.stream.default.consumer.back-off-max-interval=200",
                "thidua.messaging.publishes[0].name=" + TallyServiceApplication.TOPIC,
                "thidua.messaging.publishes[0].partitions=1",
                "thidua.messaging.consumes[0]=" + TallyServiceApplication.TOPIC})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@AutoConfigureWebTestClient(timeout = "20s")
class DeadLetterReplayEndToEndTest {

    private static final String DLT = "test.tally.events.tally-service.dlt";

    @Autowired ReactiveMongoTemplate mongo;

    @AfterEach
    void bugIsBack() {
        TallyServiceApplication.NEGATIVE_TOTALS_FAIL.set(true);
    }

    @Test
    void aDeadLetteredEventIsAppliedAfterTheFixByAReplayAndOnlyOnce() throws Exception {
        String tally = "replayed-" + UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        RecordMetadata original = send(ceId, tally, 1, -2);

        ConsumerRecord<String, byte[]> deadLetter;
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), DLT)) {
            deadLetter = await().atMost(Duration.ofSeconds(30)).until(
                    () -> reader.records().stream().filter(r -> tally.equals(r.key())).findFirst().orElse(null),
                    record -> record != null);
        }
        assertThat(total(tally)).isNull();

        Run list = tool("list", "--topic", DLT);
        assertThat(list.code).isZero();
        // The binder's real headers: where the event came from (binary numbers decoded) and why it failed.
        assertThat(list.out)
                .contains("offset " + deadLetter.offset() + " |", "khóa " + tally, "ce_id " + ceId)
                .contains("gốc:     " + TallyServiceApplication.TOPIC + "-" + original.partition() + "@" + original.offset())
                .contains("lỗi:     IllegalStateException: negative total");

        TallyServiceApplication.NEGATIVE_TOTALS_FAIL.set(false);
        Run replay = tool("replay", "--topic", DLT);
        assertThat(replay.code).isZero();
        assertThat(replay.out).contains(DLT + "@" + deadLetter.offset());
        await().atMost(Duration.ofSeconds(30)).until(() -> total(tally) != null);
        assertThat(total(tally).getInteger("total")).isEqualTo(-2);

        // Replayed again on purpose: the consumer skips it as a duplicate.
        Run again = tool("replay", "--topic", DLT, "--offset-from", Long.toString(deadLetter.offset()), "--limit", "1");
        assertThat(again.out).contains("Đã phát lại 1 thư chết");
        String sentinel = "sentinel-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), sentinel, 1, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> total(sentinel) != null);
        assertThat(total(tally).getInteger("applications")).isEqualTo(1);
    }

    private Document total(String tally) {
        return mongo.findOne(query(where("_id").is(tally)), Document.class, TallyServiceApplication.TOTALS).block();
    }

    private static RecordMetadata send(String ceId, String key, long version, int total) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            byte[] json = ("{\"tallyId\":\"" + key + "\",\"aggregateVersion\":" + version
                    + ",\"provinceCode\":\"19\",\"total\":" + total + "}").getBytes(StandardCharsets.UTF_8);
            var record = new ProducerRecord<>(TallyServiceApplication.TOPIC, key, json);
            Map.of("ce_id", ceId, "ce_source", "/thidua/test-service", "ce_type", "vn.thidua.test.TallyChanged.v1",
                            "ce_subject", key, "ce_time", Instant.now().toString(), "ce_specversion", "1.0",
                            "ce_aggregateversion", Long.toString(version), "content-type", "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get(20, TimeUnit.SECONDS);
        }
    }

    private static Run tool(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = DeadLetterReplay.run(args, Map.of("THIDUA_KAFKA_BOOTSTRAP", TestInfrastructure.kafkaBootstrap()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) { }
}
