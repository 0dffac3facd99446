package vn.thidua.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Creates, at start-up, the topics this service produces to and the dead-letter topics of the topics it consumes,
 * with their partitions and settings. Brokers run with auto-creation off; a topic created by accident with broker
 * defaults would silently delete events after a week.
 *
 * <p>A service must start while Kafka is down (its outbox holds the events), so when the broker cannot be reached
 * the creation is retried in the background; the relay waits for {@link #ready()} before it publishes.
 */
public class TopicProvisioner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    /** Domain topics and dead letters keep everything: analytics replays from the start, operators inspect. */
    static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
    /**
     * The first attempt runs during start-up so that, in the usual case, topics exist before the bindings start;
     * it is kept short because with the broker down it only delays a start that must succeed anyway.
     */
    private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(2);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final MessagingProperties properties;
    private volatile boolean ready;
    private volatile boolean running;
    private volatile Thread retrying;

    public TopicProvisioner(MessagingProperties properties) {
        this.properties = properties;
    }

    /** The topics this service declares: its own, then one dead-letter topic per consumed topic. */
    public List<NewTopic> declaredTopics() {
        var topics = new ArrayList<NewTopic>();
        for (var own : properties.publishes()) {
            topics.add(new NewTopic(own.name(), own.partitions(), properties.replicationFactor())
                    .configs(KEEP_FOREVER));
        }
        for (String consumed : properties.consumes()) {
            // The binder is told to dead-letter to partition 0, so one partition suffices.
            topics.add(new NewTopic(properties.deadLetterTopic(consumed), 1, properties.replicationFactor())
                    .configs(KEEP_FOREVER));
        }
        return topics;
    }

    public boolean ready() {
        return ready;
    }

    @Override
    public void start() {
        running = true;
        if (tryCreate(FIRST_ATTEMPT)) {
            return;
        }
        var thread = new Thread(() -> {
            while (running && !tryCreate(RETRY_EVERY)) {
                try {
                    Thread.sleep(RETRY_EVERY.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "topic-provisioner");
        thread.setDaemon(true);
        retrying = thread;
        thread.start();
    }

    /** Creates what is missing; returns true once every declared topic exists. */
    boolean tryCreate(Duration timeout) {
        List<NewTopic> topics = declaredTopics();
        if (topics.isEmpty()) {
            ready = true;
            return true;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, properties.service() + "-topic-provisioner",
                AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG, "none", // see KafkaEventPublisher
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                for (var result : admin.createTopics(missing).values().entrySet()) {
                    try {
                        result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                        log.info("Created topic {}", result.getKey());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e; // another instance creating it at the same moment is fine
                        }
                    }
                }
            }
            ready = true;
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka topics not provisioned yet ({}); retrying in the background", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = retrying;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the relay, which waits for the topics, and before the bindings, which consume them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
