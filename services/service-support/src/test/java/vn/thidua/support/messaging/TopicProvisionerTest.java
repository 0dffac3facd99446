package vn.thidua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import vn.thidua.support.testing.TestInfrastructure;

class TopicProvisionerTest {

    private final String own = "test.own." + UUID.randomUUID();
    private final String consumed = "test.consumed." + UUID.randomUUID();
    private final String bootstrap = TestInfrastructure.kafkaBootstrap();

    @Test
    void createsItsOwnTopicAndADeadLetterTopicPerConsumedTopicKeptForever() throws Exception {
        var provisioner = new TopicProvisioner(properties(bootstrap));

        provisioner.start();

        await().atMost(Duration.ofSeconds(20)).until(provisioner::ready);
        String deadLetters = consumed + ".test-service.dlt";
        try (Admin admin = admin()) {
            // A topic is created at the controller first; brokers learn of it a moment later.
            Map<String, TopicDescription> topics = await().atMost(Duration.ofSeconds(10))
                    .ignoreExceptions()
                    .until(() -> admin.describeTopics(List.of(own, deadLetters)).allTopicNames()
                            .get(5, TimeUnit.SECONDS), found -> found.size() == 2);
            assertThat(topics.get(own).partitions()).hasSize(4);
            assertThat(topics.get(deadLetters).partitions()).hasSize(1);
            for (String topic : List.of(own, deadLetters)) {
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                        .all().get(10, TimeUnit.SECONDS).values().iterator().next();
                assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).as(topic).isEqualTo("-1");
            }
            assertThat(admin.listTopics().names().get()).as("a consumer never creates the producer's topic")
                    .doesNotContain(consumed);
        }
        provisioner.stop();
    }

    @Test
    void provisioningTwiceIsHarmless() {
        var first = new TopicProvisioner(properties(bootstrap));
        first.start();
        await().atMost(Duration.ofSeconds(20)).until(first::ready);
        var second = new TopicProvisioner(properties(bootstrap));
        second.start();

        await().atMost(Duration.ofSeconds(20)).until(second::ready);
        first.stop();
        second.stop();
    }

    @Test
    void withoutABrokerItStaysNotReadyAndRetriesInTheBackground() {
        var provisioner = new TopicProvisioner(properties("localhost:1"));

        assertThat(provisioner.tryCreate(Duration.ofSeconds(1))).isFalse();
        assertThat(provisioner.ready()).isFalse();
    }

    @Test
    void declaresExactlyItsOwnTopicsAndDeadLetters() {
        var provisioner = new TopicProvisioner(properties(bootstrap));

        assertThat(provisioner.declaredTopics()).extracting(t -> t.name())
                .containsExactly(own, consumed + ".test-service.dlt");
        assertThat(provisioner.declaredTopics()).allSatisfy(t ->
                assertThat(t.configs()).containsEntry("retention.ms", "-1"));
    }

    @Test
    void theBrokerDoesNotCreateTopicsBehindOurBack() throws Exception {
        // Our own brokers run with auto-creation off, so only a provisioner creates topics. An external broker's
        // settings are its operator's business.
        assumeTrue(TestInfrastructure.ownsKafka());
        try (Admin admin = admin()) {
            String broker = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).iterator().next().idString();
            Config config = admin.describeConfigs(Set.of(new ConfigResource(ConfigResource.Type.BROKER, broker)))
                    .all().get(10, TimeUnit.SECONDS).values().iterator().next();
            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private MessagingProperties properties(String brokers) {
        return new MessagingProperties("test-service", brokers, (short) 1,
                List.of(new MessagingProperties.TopicSpec(own, 4)), List.of(consumed), Duration.ofSeconds(5),
                new MessagingProperties.Outbox(true, List.of(), Duration.ofSeconds(5), 10));
    }
}
