package vn.thidua.support.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every service shares, added once here (at the lowest precedence, so a service's own
 * application.yml or the environment can still override any of them) instead of being copied into each service.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    public static final String PROPERTY_SOURCE = "thiduaServiceDefaults";

    static final String EXEMPLARS_AUTO_CONFIGURATION =
            "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration";

    static Map<String, Object> defaults() {
        var d = new LinkedHashMap<String, Object>();
        // Infrastructure addresses: one variable each, the same for the services, the stack and the tests.
        d.put("thidua.messaging.bootstrap-servers", "${THIDUA_KAFKA_BOOTSTRAP:localhost:9092}");
        d.put("spring.mongodb.uri", "${THIDUA_MONGODB_URI:mongodb://localhost:27017}");
        d.put("spring.mongodb.database", "${spring.application.name}");

        d.put("thidua.messaging.service", "${spring.application.name}");
        d.put("thidua.messaging.replication-factor", "1");
        d.put("thidua.messaging.consumer-timeout", "10s");
        d.put("thidua.messaging.outbox.enabled", "true");
        d.put("thidua.messaging.outbox.sweep-interval", "5s");
        d.put("thidua.messaging.outbox.batch-size", "200");

        // Spring Cloud Stream: consumer groups named after the service, three attempts with back-off, then the
        // dead-letter topic (partition 0; DeadLetterTopics names it). Topics are created by TopicProvisioner only.
        d.put("spring.kafka.bootstrap-servers", "${thidua.messaging.bootstrap-servers}");
        d.put("spring.cloud.stream.kafka.binder.brokers", "${thidua.messaging.bootstrap-servers}");
        d.put("spring.cloud.stream.kafka.binder.auto-create-topics", "false");
        d.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        d.put("spring.cloud.stream.kafka.binder.required-acks", "all");
        // With one bootstrap address there is nothing to re-bootstrap to; and while the broker is down, Kafka 4.1's
        // clients re-bootstrap in a tight loop (thousands of log lines a second). Plain reconnect back-off instead.
        d.put("spring.cloud.stream.kafka.binder.configuration.metadata.recovery.strategy", "none");
        // The dead-letter resolver is a BiFunction bean: without this, a service with no function of its own would
        // have Spring Cloud Function bind it as one (deadLetterTopics-out-0) and block on a topic that never exists.
        d.put("spring.cloud.function.ineligible-definitions", "deadLetterTopics");
        // A consumer may start before the producing service has created its topic (the stack starts services in
        // parallel; a consumer never creates another service's topic). The binder then retries the binding: every
        // 5 s rather than its default 30 s, so the first events are not held back for half a minute.
        d.put("spring.cloud.stream.binding-retry-interval", "5");
        d.put("spring.cloud.stream.default.group", "${spring.application.name}");
        d.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        d.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "500");
        d.put("spring.cloud.stream.default.consumer.back-off-multiplier", "2.0");
        d.put("spring.cloud.stream.default.consumer.back-off-max-interval", "5000");
        d.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        d.put("spring.cloud.stream.kafka.default.consumer.dlq-partitions", "1");
        d.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");

        // Operations: probes, Prometheus, and the application tag on every meter.
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-components", "always");
        // Readiness is about what the service needs to answer requests: its database. Kafka is left out on
        // purpose: during a broker outage the outbox holds the events and the service keeps serving.
        d.put("management.endpoint.health.group.readiness.include", "readinessState,mongo");
        d.put("management.health.mongodb.enabled", "false");
        d.put("management.health.mongo.enabled", "false");
        d.put("management.metrics.tags.application", "${spring.application.name}");
        d.put("spring.jackson.time-zone", "UTC");

        // Metrics for dashboards and alerts: latency buckets for p95 panels; business gauges counted in the
        // database and the consumer lag read from Kafka, each on its own period (docs/metrics.md).
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("thidua.metrics.refresh-interval", "30s");
        d.put("thidua.metrics.consumer-lag-interval", "15s");

        // Tracing (Micrometer Tracing with Brave, no exporter): W3C traceparent in and out over HTTP and Kafka, and
        // the trace id in every log line. Every request is traced unless THIDUA_TRACING_SAMPLING lowers it.
        d.put("management.tracing.sampling.probability", "${THIDUA_TRACING_SAMPLING:1.0}");
        d.put("management.tracing.propagation.type", "w3c");
        // WebFlux keeps the request's observation in the Reactor context; "auto" restores it (and the MDC) on
        // whatever thread an operator runs, so log lines written from database callbacks keep the trace id too.
        d.put("spring.reactor.context-propagation", "auto");
        // No exemplars (trace ids on metric samples): there is no trace backend to follow them to, and the exemplars
        // the Prometheus client writes on histogram _count lines make Prometheus 2.x refuse the whole scrape.
        d.put("spring.autoconfigure.exclude", EXEMPLARS_AUTO_CONFIGURATION);
        return d;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults()));
    }
}
