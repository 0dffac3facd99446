package vn.thidua.support.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One Kafka broker and one MongoDB-wire server for the whole test JVM, started on first use and closed when the
 * JUnit launcher session ends ({@link TestInfrastructureSession}). A broker per test class would cost seconds each
 * time for nothing.
 *
 * <p>{@code THIDUA_KAFKA_BOOTSTRAP} and {@code THIDUA_MONGODB_URI} point the same tests at external real servers
 * instead; nothing is started then.
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String kafkaBootstrap;
    private static String mongoUri;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrap() {
        if (kafkaBootstrap == null) {
            String external = System.getenv("THIDUA_KAFKA_BOOTSTRAP");
            if (external != null && !external.isBlank()) {
                kafkaBootstrap = external;
            } else {
                kafka = new EmbeddedKafkaKraftBroker(1, 1);
                // Like production: topics exist only when someone created them on purpose.
                kafka.brokerProperties(Map.of(
                        "auto.create.topics.enable", "false",
                        "group.initial.rebalance.delay.ms", "0",
                        "offsets.topic.num.partitions", "1",
                        "transaction.state.log.replication.factor", "1",
                        "transaction.state.log.min.isr", "1"));
                kafka.afterPropertiesSet();
                kafkaBootstrap = kafka.getBrokersAsString();
            }
        }
        return kafkaBootstrap;
    }

    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            String external = System.getenv("THIDUA_MONGODB_URI");
            if (external != null && !external.isBlank()) {
                mongoUri = external;
            } else {
                mongo = new MongoServer(new MemoryBackend());
                mongoUri = mongo.bindAndGetConnectionString();
            }
        }
        return mongoUri;
    }

    /** True when the tests run on the broker they started themselves (and so know its settings). */
    public static synchronized boolean ownsKafka() {
        kafkaBootstrap();
        return kafka != null;
    }

    static synchronized void close() {
        if (kafka != null) {
            kafka.destroy();
            kafka = null;
        }
        if (mongo != null) {
            mongo.shutdownNow();
            mongo = null;
        }
        kafkaBootstrap = null;
        mongoUri = null;
    }
}
