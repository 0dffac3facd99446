package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.Topics;
import vn.thidua.devstack.DevStack;

/**
 * One trace from a client's request to the services that act on its event: the gateway continues the client's
 * {@code traceparent}, campaign-service keeps it on the outbox entry, the relay puts it on the Kafka record, and
 * nomination-service handles the event in that trace, so its log line carries the client's trace id.
 */
class TracingFlowTest {

    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
    }

    @Test
    void theTraceOfAWriteReachesKafkaAndTheLogOfTheServiceThatConsumesItsEvent() {
        String traceId = hex(16);
        String code = "DV-VET-" + hex(4).toUpperCase();

        Api.Response created = api.send("PUT", "/api/units/" + code, """
                {"name": "Đơn vị kiểm thử truy vết %s", "kind": "DEPARTMENT", "validFrom": "2020-01-01",
                 "parentCode": "UBND-TN"}""".formatted(code), api.token("admin"),
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        ConsumerRecord<String, byte[]> record = unitUpsertedOnKafka(code);
        assertThat(header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");

        // nomination-service consumes UnitUpserted; its line for this event is in the client's trace.
        Path log = stack.logFile("nomination-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(lines(log))
                .anyMatch(line -> line.contains(EventCatalog.UNIT_UPSERTED_V1.wireType() + " " + record.key())
                        && line.contains(traceId)));
    }

    private static ConsumerRecord<String, byte[]> unitUpsertedOnKafka(String code) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CAMPAIGN));
            var found = new ArrayList<ConsumerRecord<String, byte[]>>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (EventCatalog.UNIT_UPSERTED_V1.wireType().equals(header(record, "ce_type"))
                            && new String(record.value(), StandardCharsets.UTF_8).contains("\"" + code + "\"")) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[bytes - 1] |= 1; // never all zero: such an id is invalid and would be replaced
        return HexFormat.of().formatHex(random);
    }
}
