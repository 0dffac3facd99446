package vn.thidua.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import reactor.core.publisher.Mono;
import vn.thidua.support.metrics.EventMetrics;
import vn.thidua.support.outbox.EventPublisher;
import vn.thidua.support.outbox.OutboxEntry;

/**
 * Publishes outbox entries with a plain idempotent Kafka producer. The relay needs a per-record acknowledgement it
 * can wait on and full control of the CloudEvents headers, which is why it does not go through the binder.
 */
public class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final EventMetrics metrics;

    public KafkaEventPublisher(MessagingProperties properties, EventMetrics metrics) {
        this.metrics = metrics;
        this.producer = new KafkaProducer<>(Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers()),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, properties.service() + "-outbox-relay"),
                // One bootstrap list, nothing else to re-bootstrap to: while the broker is down, plain reconnect
                // back-off rather than Kafka 4.1's re-bootstrap loop, which logs thousands of lines a second.
                Map.entry(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none"),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                // A broker outage must fail a pass quickly so that the sweep retries, rather than park it for
                // minutes: the outbox keeps the events meanwhile.
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000),
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5)),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public Mono<Void> publish(OutboxEntry entry) {
        return Mono.<Void>create(sink -> {
            var record = new ProducerRecord<>(entry.topic(), null, entry.time().toEpochMilli(), entry.key(),
                    entry.payload().getBytes(StandardCharsets.UTF_8), CloudEventHeaders.of(entry));
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        metrics.published(entry.topic(), entry.type());
                        sink.success();
                    } else {
                        metrics.publishFailed(entry.topic());
                        sink.error(error);
                    }
                });
            } catch (RuntimeException e) {
                // send() itself throws when metadata cannot be fetched within max.block.ms.
                metrics.publishFailed(entry.topic());
                sink.error(e);
            }
        });
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
