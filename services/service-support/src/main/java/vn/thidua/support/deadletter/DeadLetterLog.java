package vn.thidua.support.deadletter;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The tool's two commands against the broker. Both read a dead-letter topic up to where it ended when the command
 * started: a replayed event that fails again is dead-lettered anew behind that point, so one run never loops.
 */
final class DeadLetterLog implements AutoCloseable {

    /**
     * Generous on purpose: the tool often runs in a cold JVM on a busy host (a service container, the one-machine
     * stack), where 10 s were seen to run out while the broker was fine.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A poll that brings nothing for this long while records are known to remain means the broker is gone. */
    private static final Duration STALLED = Duration.ofSeconds(60);
    private static final String CLIENT_ID = "thidua-dead-letter-replay";

    private final String bootstrapServers;
    private final PrintStream out;
    private final Admin admin;

    DeadLetterLog(String bootstrapServers, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.out = out;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, CLIENT_ID,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
    }

    /** The consumer group whose committed offsets say how far a dead-letter topic has been replayed. */
    static String replayGroup(String deadLetterTopic) {
        return deadLetterTopic + ".replay";
    }

    /** Prints the records of one dead-letter topic, or of every one on the broker. Commits nothing, joins no group. */
    void list(String topic, Long limit, OptionalLong offsetFrom) throws Exception {
        List<String> topics = topic != null ? List.of(topic) : deadLetterTopics();
        if (topics.isEmpty()) {
            out.println("Không có chủ đề thư chết (*.dlt) nào trên broker " + bootstrapServers + ".");
            return;
        }
        for (String dlt : topics) {
            List<TopicPartition> partitions = partitions(dlt);
            try (var consumer = consumer(null)) {
                consumer.assign(partitions);
                Map<TopicPartition, Long> start = new HashMap<>();
                Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, TIMEOUT);
                partitions.forEach(tp -> start.put(tp, Math.max(beginning.get(tp), offsetFrom.orElse(0))));
                Map<TopicPartition, Long> replayed = replayedUpTo(dlt);
                String progress = replayed.isEmpty() ? "chưa phát lại lần nào" : "đã phát lại đến trước offset "
                        + replayed.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
                out.println("== " + dlt + " (nhóm phát lại " + replayGroup(dlt) + ": " + progress + ")");
                List<DeadLetter> letters = read(consumer, start, limit);
                letters.forEach(letter -> out.println(letter.describe()));
                out.println(letters.isEmpty() ? "(không có thư chết)" : "(" + letters.size() + " thư chết)");
            }
        }
    }

    /**
     * Sends the dead letters not replayed yet back to their original topic, committing the replay group's offset
     * after each acknowledged send: a crash replays at most the record in flight again, which consumers skip as a
     * duplicate.
     *
     * @return how many records were sent (or, with {@code dryRun}, would have been)
     */
    int replay(String dlt, boolean dryRun, Long limit, OptionalLong offsetFrom) throws Exception {
        List<TopicPartition> partitions = partitions(dlt);
        try (var consumer = consumer(replayGroup(dlt))) {
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), TIMEOUT);
            Map<TopicPartition, Long> start = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata position = committed.get(tp);
                long from = offsetFrom.isPresent() ? offsetFrom.getAsLong()
                        : position != null ? position.offset() : beginning.get(tp);
                start.put(tp, Math.max(from, beginning.get(tp)));
            }
            List<DeadLetter> letters = read(consumer, start, limit);
            if (letters.isEmpty()) {
                out.println("Không có thư chết mới nào trong " + dlt + " để phát lại.");
                return 0;
            }
            if (dryRun) {
                for (DeadLetter letter : letters) {
                    out.println("[chạy thử] sẽ gửi lại về " + letter.originalTopic() + ":");
                    out.println(letter.describe());
                }
                out.println("Chạy thử: " + letters.size() + " thư chết sẽ được gửi lại; không gửi gì, không ghi nhận tiến độ.");
                return letters.size();
            }
            try (var producer = producer()) {
                for (DeadLetter letter : letters) {
                    RecordMetadata sent = producer.send(letter.replay()).get(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
                    TopicPartition tp = new TopicPartition(letter.record().topic(), letter.record().partition());
                    consumer.commitSync(Map.of(tp, new OffsetAndMetadata(letter.offset() + 1)), TIMEOUT);
                    out.println("Đã gửi lại " + letter.position() + " (" + orDash(letter.type()) + ", ce_id "
                            + orDash(letter.eventId()) + ") → " + sent.topic() + "-" + sent.partition() + "@" + sent.offset());
                }
            }
            out.println("Đã phát lại " + letters.size() + " thư chết từ " + dlt + ".");
            return letters.size();
        }
    }

    private List<String> deadLetterTopics() throws Exception {
        Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return new TreeSet<>(names).stream().filter(DeadLetter::isDeadLetterTopic).toList();
    }

    private List<TopicPartition> partitions(String topic) throws Exception {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return description.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new UsageException("Không có chủ đề " + topic + " trên broker " + bootstrapServers
                        + "; xem các chủ đề thư chết bằng lệnh list. (hint: no such topic)");
            }
            throw e;
        }
    }

    private Map<TopicPartition, Long> replayedUpTo(String dlt) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(replayGroup(dlt))
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> replayed = new HashMap<>();
        offsets.forEach((tp, offset) -> {
            if (offset != null) {
                replayed.put(tp, offset.offset());
            }
        });
        return replayed;
    }

    /** Reads from {@code start} up to each partition's end as it was now, at most {@code limit} records in all. */
    private static List<DeadLetter> read(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> start,
                                         Long limit) throws TimeoutException {
        Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet(), TIMEOUT);
        Set<TopicPartition> remaining = new HashSet<>();
        start.forEach((tp, offset) -> {
            if (offset < end.get(tp)) {
                consumer.seek(tp, offset);
                remaining.add(tp);
            }
        });
        consumer.pause(start.keySet().stream().filter(tp -> !remaining.contains(tp)).toList());
        var letters = new ArrayList<DeadLetter>();
        Instant lastProgress = Instant.now();
        while (!remaining.isEmpty() && (limit == null || letters.size() < limit)) {
            var records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                lastProgress = Instant.now();
            } else if (Duration.between(lastProgress, Instant.now()).compareTo(STALLED) > 0) {
                throw new TimeoutException("no records for " + STALLED.toSeconds() + " s before the end of " + remaining);
            }
            for (ConsumerRecord<byte[], byte[]> record : records) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (remaining.contains(tp) && record.offset() < end.get(tp)
                        && (limit == null || letters.size() < limit)) {
                    letters.add(new DeadLetter(record));
                }
            }
            for (TopicPartition tp : List.copyOf(remaining)) {
                if (consumer.position(tp, TIMEOUT) >= end.get(tp)) {
                    remaining.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
        }
        letters.sort(Comparator.comparingInt((DeadLetter l) -> l.record().partition()).thenComparingLong(DeadLetter::offset));
        return letters;
    }

    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
        if (group != null) {
            // Only to commit progress with: partitions are assigned by hand, the group never rebalances.
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() * 2),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}
