package vn.thidua.support.testing;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared broker and server, with a database of its own so that contexts do not
 * see each other's documents: {@code @ContextConfiguration(initializers = InfrastructureInitializer.class)}.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "thidua.messaging.bootstrap-servers=" + TestInfrastructure.kafkaBootstrap(),
                "spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                "spring.mongodb.database=test-" + UUID.randomUUID(),
                // Tests wait for computed metrics to follow an action: seconds, not the production half-minute.
                "thidua.metrics.refresh-interval=2s",
                "thidua.metrics.consumer-lag-interval=2s")
                .applyTo(context);
    }
}
