package vn.thidua.exemplar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.contracts.events.Topics;
import vn.thidua.support.testing.TestInfrastructure;

/**
 * Creates the topics exemplar-service reads before it starts, as their owners would have: otherwise each binding
 * waits out the binder's topic check and start-up takes half a minute more.
 */
public class ConsumedTopicsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        create();
    }

    public static void create() {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap()))) {
            for (String topic : List.of(Topics.CAMPAIGN, Topics.NOMINATION, Topics.PUBLICATION)) {
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
    }
}
