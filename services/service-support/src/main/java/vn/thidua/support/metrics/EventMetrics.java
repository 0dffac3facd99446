package vn.thidua.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.thidua.contracts.events.EventCatalog;

/**
 * The {@code thidua_*} pipeline metrics every service exports. Tags stay low-cardinality (topic, event type,
 * collection, outcome): never an aggregate id.
 */
public class EventMetrics {

    public static final String OUTBOX_BACKLOG = "thidua.outbox.backlog";
    public static final String PUBLISHED = "thidua.events.published";
    public static final String PUBLISH_FAILURES = "thidua.events.publish.failures";
    public static final String CONSUMED = "thidua.events.consumed";
    public static final String DEAD_LETTERED = "thidua.events.dead.lettered";
    public static final String EVENT_AGE = "thidua.event.age";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> backlogs = new ConcurrentHashMap<>();

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Creates at 0 the counters that count rare trouble, so that an alert on their increase has a series from the
     * start instead of seeing nothing until the first failure.
     */
    public void preRegister(Collection<String> publishedTopics, Collection<String> consumedTopics) {
        publishedTopics.forEach(topic -> publishFailures(topic));
        consumedTopics.forEach(topic -> deadLetters(topic));
        // Every event type of the contracts that goes out on a topic this service publishes, at 0: after a restart
        // the pipeline dashboard shows a quiet service as 0 events a second, not as "no data".
        EventCatalog.all().stream().filter(type -> publishedTopics.contains(type.topic()))
                .forEach(type -> publishedCounter(type.topic(), type.wireType()));
    }

    /**
     * The consumed counters (applied and duplicate) and the age timer of one event type a consumer handles, at 0
     * from start-up for the same reason.
     */
    public void expectConsumed(String topic, String type) {
        consumedCounter(topic, type, "applied");
        consumedCounter(topic, type, "duplicate");
        ageTimer(topic, type);
    }

    /** Entries waiting in one collection's outboxes, as counted by the relay's latest pass. */
    public void backlog(String collection, long pending) {
        backlogs.computeIfAbsent(collection, name -> {
            var value = new AtomicLong();
            registry.gauge(OUTBOX_BACKLOG, io.micrometer.core.instrument.Tags.of("collection", name), value);
            return value;
        }).set(pending);
    }

    public void published(String topic, String type) {
        publishedCounter(topic, type).increment();
    }

    private Counter publishedCounter(String topic, String type) {
        return Counter.builder(PUBLISHED).description("Events acknowledged by the broker")
                .tag("topic", topic).tag("type", type).register(registry);
    }

    public void publishFailed(String topic) {
        publishFailures(topic).increment();
    }

    private Counter publishFailures(String topic) {
        return Counter.builder(PUBLISH_FAILURES).description("Publication attempts the broker did not acknowledge")
                .tag("topic", topic).register(registry);
    }

    /** @param outcome {@code applied}, {@code duplicate} (already applied, skipped) or {@code ignored} (not ours) */
    public void consumed(String topic, String type, String outcome) {
        consumedCounter(topic, type, outcome).increment();
    }

    private Counter consumedCounter(String topic, String type, String outcome) {
        return Counter.builder(CONSUMED).description("Events consumed, by outcome")
                .tag("topic", topic).tag("type", type).tag("outcome", outcome).register(registry);
    }

    public void deadLettered(String topic) {
        deadLetters(topic).increment();
    }

    private Counter deadLetters(String topic) {
        return Counter.builder(DEAD_LETTERED).description("Events sent to a dead-letter topic after their last attempt")
                .tag("topic", topic).register(registry);
    }

    /** Time from the event's {@code ce_time} to its consumption: how far behind this consumer runs. */
    public void eventAge(String topic, String type, Duration age) {
        ageTimer(topic, type).record(age.isNegative() ? Duration.ZERO : age);
    }

    private Timer ageTimer(String topic, String type) {
        return Timer.builder(EVENT_AGE).description("Age of events when consumed")
                .tag("topic", topic).tag("type", type)
                .publishPercentileHistogram()
                .register(registry);
    }
}
