package vn.thidua.support.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a consumer group still has to read, per topic: the sum over the topic's partitions of the
 * latest offset minus the group's committed offset. A partition the group never committed counts from 0, so a
 * group that has not started yet is behind by everything the topic holds (retention is forever here, so the
 * log starts at 0).
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /**
     * Topics that do not exist yet are left out of the answer (their producer has not created them).
     *
     * @throws ExecutionException when the broker refuses a request
     * @throws TimeoutException   when it does not answer within {@code timeoutMillis}
     */
    public static Map<String, Long> of(Admin admin, String group, Collection<String> topics, long timeoutMillis)
            throws ExecutionException, InterruptedException, TimeoutException {
        var partitions = new HashMap<TopicPartition, OffsetSpec>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> described :
                admin.describeTopics(topics).topicNameValues().entrySet()) {
            TopicDescription description;
            try {
                description = described.getValue().get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                    continue;
                }
                throw e;
            }
            description.partitions().forEach(p ->
                    partitions.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all()
                .get(timeoutMillis, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeoutMillis, TimeUnit.MILLISECONDS);
        var lag = new HashMap<String, Long>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata position = committed.get(partition);
            long behind = Math.max(0, end.offset() - (position == null ? 0 : position.offset()));
            lag.merge(partition.topic(), behind, Long::sum);
        });
        return lag;
    }
}
