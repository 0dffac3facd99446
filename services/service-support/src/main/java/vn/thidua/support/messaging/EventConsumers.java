package vn.thidua.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;
import vn.thidua.support.metrics.EventMetrics;

/**
 * Builds the per-message consumer functions that Spring Cloud Stream binds to a topic. Each message is decoded from
 * its CloudEvents headers, dispatched to the handler registered for its wire type, and waited for with a bounded
 * timeout: a failure or a timeout throws, so the binder retries with back-off and, after the last attempt, sends
 * the record to the dead-letter topic while the partition keeps flowing. Types nobody registered are skipped:
 * consumers read whole topics and care about some events only.
 *
 * <pre>{@code
 * @Bean Consumer<Message<byte[]>> campaignEvents(EventConsumers consumers, LaunchArticles articles) {
 *     return consumers.forTopic(Topics.CAMPAIGN)
 *             .on(EventCatalog.CAMPAIGN_LAUNCHED_V1, articles::draftLaunchArticle)
 *             .build();
 * }
 * }</pre>
 */
public class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final Duration timeout;
    private final EventMetrics metrics;
    private final Clock clock;

    public EventConsumers(Duration timeout, EventMetrics metrics, Clock clock) {
        this.timeout = timeout;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Dispatcher forTopic(String topic) {
        return new Dispatcher(topic);
    }

    /** What a handler reports, so that duplicates show in the metrics. */
    public enum Result { APPLIED, DUPLICATE }

    public final class Dispatcher {

        private final String topic;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Dispatcher(String topic) {
            this.topic = topic;
        }

        public <T extends DomainEvent> Dispatcher on(EventType<T> type,
                                                     BiFunction<T, InboundEvent<T>, Mono<Result>> handler) {
            if (!type.topic().equals(topic)) {
                throw new IllegalArgumentException(type.wireType() + " is published on " + type.topic()
                        + ", not on " + topic);
            }
            routes.put(type.wireType(), new Route<>(type, handler));
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            var frozen = Map.copyOf(routes);
            return message -> handle(topic, frozen, message);
        }
    }

    private record Route<T extends DomainEvent>(EventType<T> type,
                                                BiFunction<T, InboundEvent<T>, Mono<Result>> handler) {

        Mono<Result> invoke(InboundEvent<T> event) {
            return handler.apply(event.payload(), event);
        }
    }

    private void handle(String expectedTopic, Map<String, Route<?>> routes, Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String type = header(headers, CloudEventHeaders.TYPE);
        String topic = headerOr(headers, KafkaHeaders.RECEIVED_TOPIC, expectedTopic);
        Route<?> route = type == null ? null : routes.get(type);
        if (route == null) {
            metrics.consumed(topic, type == null ? "unknown" : type, "ignored");
            log.debug("Skipping {} on {}: no handler", type, topic);
            return;
        }
        Result result = dispatch(route, topic, message);
        metrics.consumed(topic, type, result == Result.APPLIED ? "applied" : "duplicate");
    }

    private <T extends DomainEvent> Result dispatch(Route<T> route, String topic, Message<byte[]> message) {
        InboundEvent<T> event = decode(route.type(), topic, message);
        metrics.eventAge(topic, event.type(), Duration.between(event.time(), Instant.now(clock)));
        // The binder's retry and dead-letter handling work on a thrown exception, which is why the reactive use
        // case is awaited here, on the listener thread, with a bound.
        Result result = route.invoke(event).block(timeout);
        if (result == null) {
            throw new IllegalStateException("Handler of " + event.type() + " completed without a result");
        }
        return result;
    }

    static <T extends DomainEvent> InboundEvent<T> decode(EventType<T> type, String topic, Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = require(headers, CloudEventHeaders.ID);
        String subject = require(headers, CloudEventHeaders.SUBJECT);
        Instant time = Instant.parse(require(headers, CloudEventHeaders.TIME));
        T payload = EventJson.fromBytes(message.getPayload(), type);
        String version = header(headers, CloudEventHeaders.AGGREGATE_VERSION);
        long aggregateVersion = version != null ? Long.parseLong(version) : payload.aggregateVersion();
        return new InboundEvent<>(id, type.wireType(), require(headers, CloudEventHeaders.SOURCE), subject, time,
                topic, aggregateVersion, payload);
    }

    private static String require(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Event without the " + name + " header");
        }
        return value;
    }

    private static String headerOr(MessageHeaders headers, String name, String fallback) {
        String value = header(headers, name);
        return value == null ? fallback : value;
    }

    /** The binder hands unknown headers over as raw bytes, known ones as strings. */
    static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
