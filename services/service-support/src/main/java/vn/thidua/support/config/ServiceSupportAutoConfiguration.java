package vn.thidua.support.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.health.MongoPingHealthIndicator;
import vn.thidua.support.messaging.DeadLetterTopics;
import vn.thidua.support.messaging.EventConsumers;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.KafkaEventPublisher;
import vn.thidua.support.messaging.MessagingProperties;
import vn.thidua.support.messaging.TopicProvisioner;
import vn.thidua.support.metrics.ConsumerLagMonitor;
import vn.thidua.support.metrics.EventMetrics;
import vn.thidua.support.metrics.MetricsProperties;
import vn.thidua.support.metrics.RefreshedGauges;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.EventPublisher;
import vn.thidua.support.outbox.OutboxRelay;
import vn.thidua.support.outbox.OutboxRelayTrigger;
import vn.thidua.support.persistence.CollectionIndexes;
import vn.thidua.support.persistence.IndexCreator;
import vn.thidua.support.tracing.MicrometerTraceParents;
import vn.thidua.support.tracing.TraceParents;

/** Wires the outbox, the relay, topic provisioning, consumers and health into every service that depends on us. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties({MessagingProperties.class, TenantProperties.class, MetricsProperties.class})
public class ServiceSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Working days for every deadline, from the bundled yearly data, on the same clock as everything else. */
    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(Clock clock) {
        return WorkingDayCalendar.vietnam(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    EventMetrics eventMetrics(ObjectProvider<MeterRegistry> registry, MessagingProperties properties) {
        var metrics = new EventMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
        metrics.preRegister(properties.publishes().stream().map(MessagingProperties.TopicSpec::name).toList(),
                properties.consumes());
        return metrics;
    }

    /** Lag of this service's consumer group (named after the service) on every topic it consumes. */
    @Bean
    @ConditionalOnMissingBean
    ConsumerLagMonitor consumerLagMonitor(ObjectProvider<MeterRegistry> registry, MessagingProperties messaging,
                                          MetricsProperties metrics) {
        return new ConsumerLagMonitor(registry.getIfAvailable(SimpleMeterRegistry::new),
                messaging.bootstrapServers(), messaging.service(), messaging.consumes(),
                metrics.consumerLagInterval());
    }

    /** The business gauges each service declares on it, counted in its database. */
    @Bean
    @ConditionalOnMissingBean
    RefreshedGauges refreshedGauges(ObjectProvider<MeterRegistry> registry, MetricsProperties metrics) {
        return new RefreshedGauges(registry.getIfAvailable(SimpleMeterRegistry::new), metrics.refreshInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    TopicProvisioner topicProvisioner(MessagingProperties properties) {
        return new TopicProvisioner(properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(EventPublisher.class)
    KafkaEventPublisher kafkaEventPublisher(MessagingProperties properties, EventMetrics metrics) {
        return new KafkaEventPublisher(properties, metrics);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(ReactiveMongoOperations.class)
    @ConditionalOnProperty(name = "thidua.messaging.outbox.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(ReactiveMongoOperations mongo, EventPublisher publisher, MessagingProperties properties,
                            TopicProvisioner topics, EventMetrics metrics) {
        var outbox = properties.outbox();
        return new OutboxRelay(mongo, publisher, outbox.collections(), outbox.sweepInterval(), outbox.batchSize(),
                topics::ready, metrics);
    }

    /** The trace context written on outbox entries; none when tracing is switched off. */
    @Bean
    @ConditionalOnMissingBean
    TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer current = tracer.getIfAvailable();
        Propagator headers = propagator.getIfAvailable();
        return current == null || headers == null ? TraceParents.NONE : new MicrometerTraceParents(current, headers);
    }

    @Bean
    @ConditionalOnBean(ReactiveMongoOperations.class)
    AggregateStore aggregateStore(ReactiveMongoOperations mongo, ObjectProvider<OutboxRelay> relay, Clock clock,
                                  TraceParents traces) {
        // Without a relay (switched off), writes still succeed and the events wait in the outbox.
        OutboxRelay running = relay.getIfAvailable();
        return new AggregateStore(mongo, running != null ? running : OutboxRelayTrigger.NONE, clock, traces);
    }

    @Bean
    @ConditionalOnBean(ReactiveMongoOperations.class)
    IdempotentUpdates idempotentUpdates(ReactiveMongoOperations mongo) {
        return new IdempotentUpdates(mongo);
    }

    @Bean
    EventConsumers eventConsumers(MessagingProperties properties, EventMetrics metrics, Clock clock,
                                  ObjectProvider<ObservationRegistry> observations) {
        return new EventConsumers(properties.consumerTimeout(), metrics, clock,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterTopics deadLetterTopics(MessagingProperties properties, EventMetrics metrics) {
        return new DeadLetterTopics(properties.service(), metrics);
    }

    @Bean
    @ConditionalOnBean(ReactiveMongoOperations.class)
    IndexCreator indexCreator(ReactiveMongoOperations mongo, ObjectProvider<CollectionIndexes> indexes) {
        return new IndexCreator(mongo, indexes.orderedStream().toList());
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(ReactiveMongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
