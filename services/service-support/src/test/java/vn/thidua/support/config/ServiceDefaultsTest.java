package vn.thidua.support.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.messaging.MessagingProperties;

class ServiceDefaultsTest {

    @Test
    void everyServiceGetsTheSharedSettingsNamedAfterItself() {
        var environment = environmentWith(Map.of("spring.application.name", "campaign-service"));

        assertThat(environment.getProperty("thidua.messaging.service")).isEqualTo("campaign-service");
        assertThat(environment.getProperty("spring.cloud.stream.default.group")).isEqualTo("campaign-service");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("campaign-service");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("campaign-service");
        assertThat(environment.getProperty("spring.cloud.stream.default.consumer.max-attempts")).isEqualTo("3");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.auto-create-topics")).isEqualTo("false");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,mongo");
        assertThat(environment.getProperty("thidua.messaging.bootstrap-servers")).isEqualTo("localhost:9092");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://localhost:27017");
    }

    @Test
    void theInfrastructureVariablesPointEverythingElsewhere() {
        var environment = environmentWith(Map.of("spring.application.name", "campaign-service",
                "THIDUA_KAFKA_BOOTSTRAP", "kafka-1:9092,kafka-2:9092",
                "THIDUA_MONGODB_URI", "mongodb://mongo:27017/?replicaSet=rs0"));

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
    }

    @Test
    void everyRequestIsTracedWithW3cHeadersUnlessTheSamplingVariableLowersIt() {
        var traced = environmentWith(Map.of("spring.application.name", "campaign-service"));
        assertThat(traced.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(traced.getProperty("management.tracing.propagation.type")).isEqualTo("w3c");
        assertThat(traced.getProperty("spring.reactor.context-propagation")).isEqualTo("auto");

        var sampled = environmentWith(Map.of("spring.application.name", "campaign-service",
                "THIDUA_TRACING_SAMPLING", "0.1"));
        assertThat(sampled.getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
    }

    @Test
    void aServiceCanOverrideAnyDefault() {
        var environment = environmentWith(Map.of("spring.application.name", "campaign-service",
                "thidua.messaging.consumer-timeout", "30s"));

        assertThat(environment.getProperty("thidua.messaging.consumer-timeout")).isEqualTo("30s");
    }

    @Test
    void invalidMessagingSettingsStopTheStartWithTheOffendingKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceSupportAutoConfiguration.class))
                .withPropertyValues(validSettings())
                .withPropertyValues("thidua.messaging.publishes[0].name=campaign.events",
                        "thidua.messaging.publishes[0].partitions=0")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("thidua.messaging.publishes[0].partitions");
                });
    }

    @Test
    void validSettingsGiveTheSupportBeans() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceSupportAutoConfiguration.class))
                .withPropertyValues(validSettings())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MessagingProperties.class).service()).isEqualTo("campaign-service");
                    assertThat(context).hasSingleBean(WorkingDayCalendar.class);
                });
    }

    private static String[] validSettings() {
        return ServiceDefaults.defaults().entrySet().stream()
                .filter(e -> e.getKey().startsWith("thidua."))
                .map(e -> e.getKey() + "=" + e.getValue())
                .map(s -> s.replace("${spring.application.name}", "campaign-service")
                        .replace("${THIDUA_KAFKA_BOOTSTRAP:localhost:9092}", "localhost:9092"))
                .toArray(String[]::new);
    }

    private static StandardEnvironment environmentWith(Map<String, Object> application) {
        var environment = new StandardEnvironment();
        // Independent of the machine: THIDUA_* variables set for a run against external servers must not leak in.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("application", application));
        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
