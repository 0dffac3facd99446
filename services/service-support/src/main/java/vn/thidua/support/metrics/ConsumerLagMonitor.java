package vn.thidua.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code thidua_consumer_lag{group,topic}}: how far this service's consumer group is behind on each topic it
 * consumes, read from the broker every interval. The gauges exist from start-up (at 0) so that alerts have a
 * series; while Kafka cannot answer they keep their last value: a metric must never hold the service back.
 */
public class ConsumerLagMonitor implements SmartLifecycle {

    public static final String CONSUMER_LAG = "thidua.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMonitor.class);

    private final String bootstrapServers;
    private final String group;
    private final List<String> topics;
    private final Duration interval;
    private final Map<String, AtomicLong> lag = new LinkedHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    public ConsumerLagMonitor(MeterRegistry registry, String bootstrapServers, String group, List<String> topics,
                              Duration interval) {
        this.bootstrapServers = bootstrapServers;
        this.group = group;
        this.topics = List.copyOf(topics);
        this.interval = interval;
        for (String topic : this.topics) {
            var value = new AtomicLong();
            lag.put(topic, value);
            Gauge.builder(CONSUMER_LAG, value, AtomicLong::get)
                    .description("Records the consumer group has not consumed yet, summed over the topic's partitions")
                    .tag("group", group).tag("topic", topic)
                    .register(registry);
        }
    }

    /** One reading; failures are left to the caller. */
    void refresh() throws Exception {
        // Short-lived client: between readings nothing keeps reconnecting (and logging) while the broker is down.
        int timeout = (int) Math.min(interval.toMillis(), 10_000);
        Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, group + "-lag-monitor",
                AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG, "none", // see KafkaEventPublisher
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout));
        try {
            ConsumerLag.of(admin, group, topics, timeout).forEach((topic, behind) -> {
                AtomicLong value = lag.get(topic);
                if (value != null) {
                    value.set(behind);
                }
            });
        } finally {
            // Never wait long for a broker that went away (a shutdown must not hang on a metric).
            admin.close(Duration.ofSeconds(1));
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Consumer lag of {} not read this time; keeping the last values", group, e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || topics.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "consumer-lag-monitor");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
