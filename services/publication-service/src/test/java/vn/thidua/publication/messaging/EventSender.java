package vn.thidua.publication.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;
import vn.thidua.support.testing.TestInfrastructure;

/**
 * Plays the other services in tests: puts a contract event on its topic with the CloudEvents headers their relays
 * write, after checking it against the schema. The other services own their topics; here nobody else creates them.
 */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventSender() {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap()))) {
            for (String topic : Topics.all()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends with a new event id. */
    public String send(DomainEvent event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    /** Sends with the given event id, as a relay that publishes an entry again would. */
    public void send(DomainEvent event, String eventId) {
        ContractSchemas.assertValid(event);
        var type = EventCatalog.forPayload(event);
        var record = new ProducerRecord<String, byte[]>(type.topic(), event.aggregateId(), EventJson.toBytes(event));
        header(record, "ce_id", eventId);
        header(record, "ce_source", type.source());
        header(record, "ce_type", type.wireType());
        header(record, "ce_subject", event.aggregateId());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_aggregateversion", String.valueOf(event.aggregateVersion()));
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
