package vn.thidua.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.UUID;
import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;

/**
 * Reads every domain topic for the live stream. Each gateway instance has a consumer group of its own (so every
 * instance sees every event), starts at the end (the stream is live; history is what the APIs are for) and never
 * commits, so its group leaves nothing behind in the broker. A payload it cannot read is skipped and logged: the
 * ticker must not stop for one bad record.
 */
public final class PublicEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicEventConsumer.class);

    private final String bootstrapServers;
    private final RecentEvents events;
    private final String groupId = "gateway-stream-" + UUID.randomUUID();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean assigned;

    public PublicEventConsumer(String bootstrapServers, RecentEvents events) {
        this.bootstrapServers = bootstrapServers;
        this.events = events;
    }

    @Override
    public void start() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(settings);
        running = true;
        thread = new Thread(this::pollUntilStopped, "public-event-stream");
        thread.setDaemon(true);
        thread.start();
        log.info("Live stream reads {} as consumer group {}", Topics.all(), groupId);
    }

    private void pollUntilStopped() {
        try {
            consumer.subscribe(Topics.all(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    assigned = false;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assigned = !partitions.isEmpty();
                }
            });
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    accept(record);
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the poll up.
        } catch (RuntimeException e) {
            log.error("The live stream stopped reading events", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    void accept(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        String id = header(record, "ce_id");
        if (type == null || id == null || !PublicProjections.isPublic(type)) {
            return;
        }
        try {
            PublicProjections.project(EventJson.fromBytes(record.value(), type)).ifPresent(data ->
                    events.append(id, eventName(type), time(record), data));
        } catch (RuntimeException unreadable) {
            log.warn("Skipped an unreadable {} at {}-{}@{}: {}", type, record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
        }
    }

    private static Instant time(ConsumerRecord<String, byte[]> record) {
        String time = header(record, "ce_time");
        try {
            return time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    /** {@code vn.thidua.publication.ArticlePublished.v1} → {@code ArticlePublished}. */
    static String eventName(String wireType) {
        String[] parts = wireType.split("\\.");
        return parts[parts.length - 2];
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True once the broker has given this instance its partitions: from then on no new event is missed. */
    public boolean isAssigned() {
        return assigned;
    }

    /** For the health of tests and operators: which group this instance reads as. */
    public String groupId() {
        return groupId;
    }
}
