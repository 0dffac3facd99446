package vn.thidua.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The tool against the real broker, fed with records shaped like the Kafka binder's dead letters. */
class DeadLetterReplayTest {

    private static Admin admin;
    private static KafkaProducer<String, byte[]> producer;

    private String topic;
    private String dlt;

    @BeforeAll
    static void clients() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
        admin.close();
    }

    /** Fresh topics per test, as the services' provisioner makes them: the domain topic and its dead letters. */
    @BeforeEach
    void topics() throws Exception {
        topic = "test.replay-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
        dlt = topic + ".tally-service.dlt";
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(dlt, 1, (short) 1)))
                .all().get(20, TimeUnit.SECONDS);
    }

    @Test
    void listShowsEachDeadLetterWithItsEventOriginAndCauseAndCommitsNothing() throws Exception {
        deadLetter("tally-1", "id-1", 2, 17);
        deadLetter("tally-2", "id-2", 5, 18);

        Run run = tool("list", "--topic", dlt);

        assertThat(run.code).isZero();
        assertThat(run.out)
                .contains("== " + dlt, "chưa phát lại lần nào", "(2 thư chết)")
                .contains("offset 0 |", "khóa tally-1", "vn.thidua.test.TallyChanged.v1", "ce_id id-1", "phiên bản 2")
                .contains("gốc:     " + topic + "-1@17")
                .contains("offset 1 |", "khóa tally-2", "ce_id id-2", topic + "-1@18")
                .contains("lỗi:     IllegalStateException: tổng không được âm")
                .doesNotContain("at vn.thidua"); // the first line only, not the rest of the message
        assertThat(tool("list").out).contains("== " + dlt, "ce_id id-2");
        assertThat(tool("list", "--topic", dlt, "--offset-from", "1").out)
                .doesNotContain("ce_id id-1").contains("ce_id id-2", "(1 thư chết)");
        assertThat(replayGroupOffsets()).isEmpty();
        assertThat(groupsAbout(dlt)).isEmpty();
    }

    @Test
    void replayPutsTheEventsBackOnTheirTopicAsTheyWereAndOnlyOnce() throws Exception {
        deadLetter("tally-1", "id-1", 2, 17);
        deadLetter("tally-2", "id-2", 5, 18);

        Run first = tool("replay", "--topic", dlt);

        assertThat(first.code).isZero();
        assertThat(first.out).contains("Đã phát lại 2 thư chết từ " + dlt);
        List<ConsumerRecord<String, byte[]>> replayed = recordsOf(topic, 2);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("tally-1", "tally-2");
        ConsumerRecord<String, byte[]> one = replayed.stream().filter(r -> r.key().equals("tally-1")).findFirst().orElseThrow();
        assertThat(TopicReader.value(one)).isEqualTo(payload("tally-1", 2));
        assertThat(TopicReader.header(one, "ce_id")).isEqualTo("id-1");
        assertThat(TopicReader.header(one, "ce_type")).isEqualTo("vn.thidua.test.TallyChanged.v1");
        assertThat(TopicReader.header(one, "ce_aggregateversion")).isEqualTo("2");
        assertThat(TopicReader.header(one, "content-type")).isEqualTo("application/json");
        assertThat(TopicReader.header(one, "traceparent")).isEqualTo(TRACEPARENT);
        assertThat(TopicReader.header(one, "thidua-replayed-from")).isEqualTo(dlt + "@0");
        assertThat(Arrays.stream(one.headers().toArray()).map(Header::key))
                .noneMatch(name -> name.startsWith("x-"))
                .doesNotHaveDuplicates();
        assertThat(replayGroupOffsets()).containsEntry(0, 2L);

        Run second = tool("replay", "--topic", dlt);
        assertThat(second.code).isZero();
        assertThat(second.out).contains("Không có thư chết mới nào");
        assertThat(recordsOf(topic, 2)).hasSize(2);

        deadLetter("tally-3", "id-3", 1, 40);
        Run third = tool("replay", "--topic", dlt);
        assertThat(third.out).contains("Đã phát lại 1 thư chết", dlt + "@2").doesNotContain(dlt + "@0");
        assertThat(recordsOf(topic, 3)).extracting(ConsumerRecord::key).contains("tally-3");
        assertThat(tool("list", "--topic", dlt).out).contains("đã phát lại đến trước offset 3");
    }

    @Test
    void aDryRunSendsNothingAndCommitsNothing() throws Exception {
        deadLetter("tally-1", "id-1", 2, 17);

        Run dry = tool("replay", "--topic", dlt, "--dry-run");

        assertThat(dry.code).isZero();
        assertThat(dry.out).contains("[chạy thử] sẽ gửi lại về " + topic, "ce_id id-1", "không gửi gì");
        assertThat(recordsOf(topic, 0)).isEmpty();
        assertThat(replayGroupOffsets()).isEmpty();
        assertThat(tool("replay", "--topic", dlt).out).contains("Đã phát lại 1 thư chết");
    }

    @Test
    void limitStopsEarlyAndOffsetFromReplaysAgain() throws Exception {
        deadLetter("tally-1", "id-1", 2, 17);
        deadLetter("tally-2", "id-2", 5, 18);

        assertThat(tool("replay", "--topic", dlt, "--limit", "1").out).contains(dlt + "@0").doesNotContain(dlt + "@1");
        assertThat(recordsOf(topic, 1)).extracting(ConsumerRecord::key).containsExactly("tally-1");
        assertThat(tool("replay", "--topic", dlt).out).contains(dlt + "@1").doesNotContain(dlt + "@0");
        assertThat(tool("replay", "--topic", dlt, "--offset-from=1").out).contains("Đã phát lại 1 thư chết", dlt + "@1");
        assertThat(recordsOf(topic, 3)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("tally-1", "tally-2", "tally-2");
    }

    @Test
    void badArgumentsExitWithOneAndAVietnameseMessage() throws Exception {
        for (String[] args : List.of(new String[] {}, new String[] {"resend"}, new String[] {"replay"},
                new String[] {"replay", "--topic", topic}, new String[] {"list", "--limit", "ba"},
                new String[] {"list", "--limit", "0"}, new String[] {"list", "--dry-run"},
                new String[] {"replay", "--topic"}, new String[] {"list", "--verbose"},
                new String[] {"replay", "--topic", "khong.co.chu-de.nay.dlt"})) {
            Run run = tool(args);
            assertThat(run.code).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err).as(String.join(" ", args)).contains("hint:");
        }
        assertThat(tool("replay").err).contains("Lệnh replay cần --topic");
        assertThat(tool("list", "--limit", "ba").err).contains("phải là số nguyên");
        assertThat(tool("replay", "--topic", "khong.co.chu-de.nay.dlt").err).contains("Không có chủ đề");
        assertThat(tool("help").code).isZero();
    }

    @Test
    void anUnreachableBrokerExitsWithTwo() {
        Run run = tool("list", "--bootstrap-servers", "localhost:1");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("Lỗi khi làm việc với Kafka tại localhost:1");
    }

    @Test
    void theBrokerComesFromTheEnvironmentUnlessGiven() throws Exception {
        assertThat(Options.parse(new String[] {"list"}, Map.of()).bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(Options.parse(new String[] {"list"}, Map.of("THIDUA_KAFKA_BOOTSTRAP", "kafka:9092")).bootstrapServers())
                .isEqualTo("kafka:9092");
        assertThat(Options.parse(new String[] {"list", "--bootstrap-servers", "b:1"},
                Map.of("THIDUA_KAFKA_BOOTSTRAP", "kafka:9092")).bootstrapServers()).isEqualTo("b:1");
    }

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    /** A record as the binder dead-letters it: the event's record plus its failure headers (numbers in binary). */
    private void deadLetter(String key, String ceId, long version, long originalOffset) throws Exception {
        var record = new ProducerRecord<>(dlt, 0, key, payload(key, version).getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", ceId, "ce_source", "/thidua/test-service", "ce_type", "vn.thidua.test.TallyChanged.v1",
                        "ce_subject", key, "ce_time", "2026-11-26T08:00:00Z", "ce_specversion", "1.0",
                        "ce_aggregateversion", Long.toString(version), "content-type", "application/json",
                        "traceparent", TRACEPARENT)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        record.headers()
                .add(new RecordHeader("x-original-topic", topic.getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader("x-original-partition", ByteBuffer.allocate(4).putInt(1).array()))
                .add(new RecordHeader("x-original-offset", ByteBuffer.allocate(8).putLong(originalOffset).array()))
                .add(new RecordHeader("x-original-timestamp", ByteBuffer.allocate(8).putLong(1_700_000_000_000L).array()))
                .add(new RecordHeader("x-exception-fqcn", "java.lang.IllegalStateException".getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader("x-exception-message",
                        "tổng không được âm\n\tat vn.thidua.Tally.apply".getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader("x-exception-stacktrace", "java.lang.IllegalStateException: ...".getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get(20, TimeUnit.SECONDS);
    }

    private static String payload(String key, long version) {
        return "{\"tallyId\":\"" + key + "\",\"aggregateVersion\":" + version + ",\"provinceCode\":\"19\",\"total\":3}";
    }

    /** Everything on the topic once {@code expected} records are there (or after a short wait, to see extras). */
    private static List<ConsumerRecord<String, byte[]>> recordsOf(String topic, int expected) {
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(expected == 0 ? 3 : 15);
            while (System.nanoTime() < deadline && records.size() < expected) {
                records = reader.records();
            }
            // Anything more than expected would have arrived with the same sends: one more poll shows it.
            return reader.records();
        }
    }

    private Map<Integer, Long> replayGroupOffsets() throws Exception {
        var offsets = admin.listConsumerGroupOffsets(dlt + ".replay").partitionsToOffsetAndMetadata()
                .get(20, TimeUnit.SECONDS);
        var byPartition = new HashMap<Integer, Long>();
        offsets.forEach((tp, offset) -> byPartition.put(tp.partition(), offset.offset()));
        return byPartition;
    }

    private static List<String> groupsAbout(String dlt) throws Exception {
        return admin.listGroups().all().get(20, TimeUnit.SECONDS).stream()
                .map(group -> group.groupId()).filter(id -> id.contains(dlt)).toList();
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
