package vn.thidua.support.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import vn.thidua.support.metrics.EventMetrics;

/**
 * Tells the Kafka binder where a record goes after its last failed attempt, the topic the provisioner created for
 * it, and counts it: the binder calls this exactly once per dead-lettered record.
 */
public class DeadLetterTopics implements DlqDestinationResolver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);

    private final String consumerGroup;
    private final EventMetrics metrics;

    public DeadLetterTopics(String consumerGroup, EventMetrics metrics) {
        this.consumerGroup = consumerGroup;
        this.metrics = metrics;
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception failure) {
        String target = TopicNames.deadLetter(record.topic(), consumerGroup);
        metrics.deadLettered(record.topic());
        // Keys arrive as bytes: logged as text so that an operator can search the log for an aggregate id.
        Object key = record.key() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : record.key();
        log.error("Dead-lettering {}-{}@{} (key {}) to {} after its last attempt", record.topic(),
                record.partition(), record.offset(), key, target, failure);
        return target;
    }
}
