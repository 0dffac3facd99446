package vn.thidua.support.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
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
    /** The observation around each handled event: a span named after the event type, in the producer's trace. */
    public static final String HANDLING_OBSERVATION = "thidua.event.handling";

    private final Duration timeout;
    private final EventMetrics metrics;
    private final Clock clock;
    private final ObservationRegistry observations;

    public EventConsumers(Duration timeout, EventMetrics metrics, Clock clock) {
        this(timeout, metrics, clock, ObservationRegistry.NOOP);
    }

    public EventConsumers(Duration timeout, EventMetrics metrics, Clock clock, ObservationRegistry observations) {
        this.timeout = timeout;
        this.metrics = metrics;
        this.clock = clock;
        this.observations = observations;
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
            frozen.keySet().forEach(type -> metrics.expectConsumed(topic, type));
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
        Result result = observed(route, type, topic, message);
        metrics.consumed(topic, type, result == Result.APPLIED ? "applied" : "duplicate");
    }

    /**
     * Handles the event inside a consumer span that continues the trace of the request that produced it (the
     * record's {@code traceparent} header, put there by the outbox relay), so the handler's log lines carry the
     * same trace id. The trace is taken from the record itself whether or not the binder observes its listener.
     */
    private Result observed(Route<?> route, String type, String topic, Message<byte[]> message) {
        var context = new ReceiverContext<MessageHeaders>(EventConsumers::header);
        context.setCarrier(message.getHeaders());
        context.setRemoteServiceName("kafka");
        Observation observation = Observation.createNotStarted(HANDLING_OBSERVATION, () -> context, observations)
                .contextualName(type)
                .lowCardinalityKeyValue("topic", topic)
                .lowCardinalityKeyValue("type", type)
                .start();
        try (var scope = observation.openScope()) {
            return dispatch(route, topic, message, observation);
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private <T extends DomainEvent> Result dispatch(Route<T> route, String topic, Message<byte[]> message,
                                                    Observation observation) {
        InboundEvent<T> event = decode(route.type(), topic, message);
        metrics.eventAge(topic, event.type(), Duration.between(event.time(), Instant.now(clock)));
        // The binder's retry and dead-letter handling work on a thrown exception, which is why the reactive use
        // case is awaited here, on the listener thread, with a bound.
        // The observation goes into the Reactor context too: the handler's operators run on driver threads, where
        // context propagation restores it (and the trace id in the MDC) from there.
        Result result = route.invoke(event)
                .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, observation))
                .block(timeout);
        if (result == null) {
            throw new IllegalStateException("Handler of " + event.type() + " completed without a result");
        }
        // One line per handled event, in the producer's trace: grep the trace id of a request to see every
        // service that acted on it.
        log.info("{} {} {} v{} from {}", result == Result.APPLIED ? "Applied" : "Already applied", event.type(),
                event.subject(), event.aggregateVersion(), event.source());
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
