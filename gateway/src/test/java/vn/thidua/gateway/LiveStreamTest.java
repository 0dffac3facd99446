package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.gateway.stream.PublicEventConsumer;
import vn.thidua.gateway.stream.RecentEvents;

/** The live stream against a real broker: events published on the domain topics reach a connected browser. */
class LiveStreamTest extends GatewayTestBase {

    static final EmbeddedKafkaKraftBroker BROKER = startBroker();
    static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE =
            new ParameterizedTypeReference<>() { };

    @Autowired
    PublicEventConsumer consumer;

    @Autowired
    RecentEvents recent;

    private static EmbeddedKafkaKraftBroker startBroker() {
        var broker = new EmbeddedKafkaKraftBroker(1, 2, Topics.all().toArray(String[]::new));
        broker.afterPropertiesSet();
        return broker;
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @DynamicPropertySource
    static void stream(DynamicPropertyRegistry registry) {
        ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("THIDUA_KAFKA_BOOTSTRAP", BROKER::getBrokersAsString);
        registry.add("thidua.gateway.stream.enabled", () -> "true");
    }

    @BeforeEach
    void consumerHasItsPartitions() {
        await().atMost(Duration.ofSeconds(30)).until(consumer::isAssigned);
    }

    @Test
    void a_published_article_reaches_a_connected_client_and_internal_events_do_not() {
        Flux<ServerSentEvent<Map<String, Object>>> stream = connect(null);
        List<ServerSentEvent<Map<String, Object>>> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        var subscription = stream.subscribe(received::add);
        try {
            await().until(() -> recent.connectedClients() == 1);

            send(EventCatalog.UNIT_UPSERTED_V1, ContractSchemas.examples(EventCatalog.UNIT_UPSERTED_V1).get(0));
            ArticlePublished article = ContractSchemas.examples(EventCatalog.ARTICLE_PUBLISHED_V1).get(0);
            String id = send(EventCatalog.ARTICLE_PUBLISHED_V1, article);

            await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
            ServerSentEvent<Map<String, Object>> event = received.get(0);
            assertThat(event.id()).isEqualTo(id);
            assertThat(event.event()).isEqualTo("ArticlePublished");
            assertThat(event.data()).containsEntry("title", article.title())
                    .containsEntry("url", article.url())
                    .doesNotContainKey("authorUnitCode");
            assertThat(received).hasSize(1);
        } finally {
            subscription.dispose();
        }
        await().until(() -> recent.connectedClients() == 0);
    }

    @Test
    void a_decision_is_shown_with_names_and_awards_but_without_pseudonymous_ids() {
        var stream = connect(null).filter(event -> "DecisionIssued".equals(event.event()));
        DecisionIssued decision = ContractSchemas.examples(EventCatalog.DECISION_ISSUED_V1).get(0);
        var first = stream.next().toFuture();
        await().until(() -> recent.connectedClients() >= 1);

        send(EventCatalog.DECISION_ISSUED_V1, decision);

        ServerSentEvent<Map<String, Object>> event = first.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
        assertThat(event.data()).containsEntry("number", decision.number());
        assertThat(event.data().toString()).contains(decision.grants().get(0).displayName())
                .doesNotContain(decision.grants().get(0).subjectId());
    }

    @Test
    void a_client_that_reconnects_with_its_last_event_id_receives_what_it_missed_and_nothing_twice() {
        ArticlePublished article = ContractSchemas.examples(EventCatalog.ARTICLE_PUBLISHED_V1).get(1);
        String seen = send(EventCatalog.ARTICLE_PUBLISHED_V1, article);
        await().until(() -> containsId(seen));
        String missed = send(EventCatalog.ARTICLE_PUBLISHED_V1, article);
        await().until(() -> containsId(missed));

        var resumed = connect(seen).filter(event -> event.id() != null).next()
                .block(Duration.ofSeconds(20));

        assertThat(resumed.id()).isEqualTo(missed);
    }

    @Test
    void an_unknown_last_event_id_starts_live() {
        String old = send(EventCatalog.ARTICLE_PUBLISHED_V1, ContractSchemas.examples(EventCatalog.ARTICLE_PUBLISHED_V1).get(0));
        await().until(() -> containsId(old));
        var live = connect("not-an-id-we-know").filter(event -> event.id() != null).next().toFuture();
        await().until(() -> recent.connectedClients() >= 1);

        String fresh = send(EventCatalog.ARTICLE_PUBLISHED_V1,
                ContractSchemas.examples(EventCatalog.ARTICLE_PUBLISHED_V1).get(1));

        assertThat(live.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join().id()).isEqualTo(fresh);
    }

    private boolean containsId(String id) {
        return recent.recentIds().contains(id);
    }

    private Flux<ServerSentEvent<Map<String, Object>>> connect(String lastEventId) {
        var request = client.get().uri("/api/stream/public").accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        // Comments (the greeting, heartbeats) are not events.
        return request.exchange().expectStatus().isOk().returnResult(SSE).getResponseBody()
                .filter(event -> event.event() != null);
    }

    private static <T extends DomainEvent> String send(EventType<T> type, T event) {
        String id = UUID.randomUUID().toString();
        var record = new ProducerRecord<String, byte[]>(type.topic(), event.aggregateId(), EventJson.toBytes(event));
        record.headers().add("ce_id", bytes(id)).add("ce_type", bytes(type.wireType()))
                .add("ce_source", bytes(type.source())).add("ce_subject", bytes(event.aggregateId()))
                .add("ce_time", bytes(Instant.now().toString())).add("ce_specversion", bytes("1.0"))
                .add("content-type", bytes("application/json"));
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
