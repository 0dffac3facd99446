package vn.thidua.support.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a service talks to Kafka. Defaults come from {@code ServiceDefaults}; a service's application.yml
 * declares only what is its own: the topics it publishes, the topics it consumes and its outbox collections.
 *
 * @param service           the service name: consumer group, CloudEvents source and dead-letter topic names
 * @param bootstrapServers  the brokers ({@code THIDUA_KAFKA_BOOTSTRAP})
 * @param replicationFactor replication of the topics this service creates (1 on one machine)
 * @param publishes         the topics this service produces to, created by it at start-up
 * @param consumes          the topics this service consumes: it creates a dead-letter topic for each
 * @param consumerTimeout   how long a consumer waits for its reactive use case before the attempt fails
 * @param outbox            the outbox relay
 */
@Validated
@ConfigurationProperties("thidua.messaging")
public record MessagingProperties(
        @NotBlank String service,
        @NotBlank String bootstrapServers,
        @Min(1) short replicationFactor,
        @Valid List<TopicSpec> publishes,
        List<@NotBlank String> consumes,
        @NotNull Duration consumerTimeout,
        @Valid @NotNull Outbox outbox) {

    public MessagingProperties {
        publishes = publishes == null ? List.of() : List.copyOf(publishes);
        consumes = consumes == null ? List.of() : List.copyOf(consumes);
    }

    /** A topic this service owns. Domain topics keep their events forever so that analytics can replay them. */
    public record TopicSpec(@NotBlank String name, @Min(1) int partitions) { }

    /**
     * @param enabled       false starts the service without a relay (events wait in the outbox)
     * @param collections   the collections whose documents carry an outbox
     * @param sweepInterval how often the relay looks for entries nobody woke it for (after a crash or an outage)
     * @param batchSize     how many aggregate documents one pass handles
     */
    public record Outbox(boolean enabled, List<@NotBlank String> collections,
                         @NotNull Duration sweepInterval, @Min(1) int batchSize) {

        public Outbox {
            collections = collections == null ? List.of() : List.copyOf(collections);
        }
    }

    /** The dead-letter topic of one consumed topic for this service's consumer group. */
    public String deadLetterTopic(String consumedTopic) {
        return TopicNames.deadLetter(consumedTopic, service);
    }
}
