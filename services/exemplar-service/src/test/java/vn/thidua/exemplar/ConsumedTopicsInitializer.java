package vn.thidua.exemplar;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.contracts.events.Topics;
import vn.thidua.support.testing.EventPublisher;
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
        EventPublisher.ensureTopics(TestInfrastructure.kafkaBootstrap(),
                Topics.CAMPAIGN, Topics.NOMINATION, Topics.PUBLICATION);
    }
}
