package vn.thidua.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.support.testing.TestInfrastructure;

/** The lag computation against the real broker: records produced, offsets committed, lag read back. */
class ConsumerLagTest {

    private static Admin admin;

    @BeforeAll
    static void admin() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()));
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    @Test
    void lagIsWhatTheGroupHasNotCommittedSummedOverPartitions() throws Exception {
        String topic = topic(2);
        produce(topic, 0, 7);
        produce(topic, 1, 5);
        String group = "lag-" + UUID.randomUUID();
        commit(group, Map.of(new TopicPartition(topic, 0), 4L, new TopicPartition(topic, 1), 5L));

        assertThat(ConsumerLag.of(admin, group, List.of(topic), 10_000)).isEqualTo(Map.of(topic, 3L));
    }

    @Test
    void aGroupThatNeverCommittedIsBehindByEverythingAndAnEmptyTopicByNothing() throws Exception {
        String full = topic(2);
        String empty = topic(1);
        produce(full, 0, 3);
        produce(full, 1, 2);

        assertThat(ConsumerLag.of(admin, "never-" + UUID.randomUUID(), List.of(full, empty), 10_000))
                .isEqualTo(Map.of(full, 5L, empty, 0L));
    }

    @Test
    void aTopicThatDoesNotExistYetIsLeftOut() throws Exception {
        String topic = topic(1);
        produce(topic, 0, 2);

        assertThat(ConsumerLag.of(admin, "g-" + UUID.randomUUID(), List.of(topic, "missing-" + UUID.randomUUID()),
                10_000)).isEqualTo(Map.of(topic, 2L));
    }

    @Test
    void theMonitorExportsTheLagPerGroupAndTopicFromTheStart() throws Exception {
        String topic = topic(1);
        produce(topic, 0, 6);
        String group = "monitor-" + UUID.randomUUID();
        commit(group, Map.of(new TopicPartition(topic, 0), 1L));
        var registry = new SimpleMeterRegistry();
        var monitor = new ConsumerLagMonitor(registry, TestInfrastructure.kafkaBootstrap(), group, List.of(topic),
                Duration.ofSeconds(5));

        assertThat(lag(registry, group, topic)).isZero();
        monitor.refresh();
        assertThat(lag(registry, group, topic)).isEqualTo(5);
    }

    @Test
    void whenKafkaIsDownTheMonitorKeepsItsLastValueAndFailsOnlyItsReading() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var registry = new SimpleMeterRegistry();
        var monitor = new ConsumerLagMonitor(registry, "localhost:" + closedPort, "g", List.of("t"),
                Duration.ofSeconds(1));

        assertThatThrownBy(monitor::refresh).isNotNull();
        assertThat(lag(registry, "g", "t")).isZero();
        monitor.start(); // the scheduled readings swallow the same failure
        monitor.stop();
    }

    private static double lag(SimpleMeterRegistry registry, String group, String topic) {
        return registry.get(ConsumerLagMonitor.CONSUMER_LAG).tag("group", group).tag("topic", topic).gauge().value();
    }

    private static String topic(int partitions) throws Exception {
        String name = "lag-test-" + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        return name;
    }

    private static void produce(String topic, int partition, int count) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i)).get();
            }
        }
    }

    private static void commit(String group, Map<TopicPartition, Long> offsets) throws Exception {
        var committed = new java.util.HashMap<TopicPartition, OffsetAndMetadata>();
        offsets.forEach((partition, offset) -> committed.put(partition, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(group, committed).all().get();
    }
}
