package vn.thidua.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import vn.thidua.support.messaging.CloudEventHeaders;

/**
 * One record of a dead-letter topic as the Kafka binder wrote it: the event's own record (key, value, its
 * {@code ce_*}, {@code traceparent} and {@code content-type} headers) plus the binder's {@code x-original-*} and
 * {@code x-exception-*} headers, which say where it came from and why it failed.
 */
record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    /** The binder's names (KafkaMessageChannelBinder.X_*): partition and offset travel as big-endian int and long. */
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    private static final String CAUSED_BY = "Caused by: ";
    /** What the failure added, not part of the event: a replayed record must not look like a dead letter. */
    static final List<String> FAILURE_HEADER_PREFIXES = List.of("x-original-", "x-exception-", "kafka_dlt-");
    /** Added to every replayed record so that consumers' logs and the topic itself show where it came from. */
    static final String REPLAYED_FROM = "thidua-replayed-from";

    private static final String SUFFIX = ".dlt";

    /** {@code <topic>.<group>.dlt}, see TopicNames.deadLetter: a group is a service name and holds no dot. */
    static boolean isDeadLetterTopic(String topic) {
        return topic.endsWith(SUFFIX) && originalTopicFromName(topic) != null;
    }

    private static String originalTopicFromName(String deadLetterTopic) {
        String withoutSuffix = deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length());
        int groupDot = withoutSuffix.lastIndexOf('.');
        return groupDot > 0 ? withoutSuffix.substring(0, groupDot) : null;
    }

    long offset() {
        return record.offset();
    }

    String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    String type() {
        return text(CloudEventHeaders.TYPE);
    }

    String eventId() {
        return text(CloudEventHeaders.ID);
    }

    String aggregateVersion() {
        return text(CloudEventHeaders.AGGREGATE_VERSION);
    }

    Instant timestamp() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /** The binder's header; without it (a record written by hand) the name of the dead-letter topic tells. */
    String originalTopic() {
        String header = text(ORIGINAL_TOPIC);
        return header != null ? header : originalTopicFromName(record.topic());
    }

    String originalPartition() {
        Header header = record.headers().lastHeader(ORIGINAL_PARTITION);
        return header == null ? null : number(header.value());
    }

    String originalOffset() {
        Header header = record.headers().lastHeader(ORIGINAL_OFFSET);
        return header == null ? null : number(header.value());
    }

    /**
     * The root cause, first line only. The binder's own message and class are Spring's wrapper around the handler's
     * exception ("error occurred in message handler [...]; ..."), so the last "Caused by" of the stack trace is
     * what the operator wants; without one, the recorded class and message.
     */
    String exceptionFirstLine() {
        String stackTrace = text(EXCEPTION_STACKTRACE);
        if (stackTrace != null) {
            String rootCause = null;
            for (String line : stackTrace.lines().toList()) {
                if (line.startsWith(CAUSED_BY)) {
                    rootCause = line.substring(CAUSED_BY.length()).strip();
                }
            }
            if (rootCause != null) {
                return withSimpleClassName(rootCause);
            }
        }
        String message = text(EXCEPTION_MESSAGE);
        if (message == null) {
            return null;
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        String type = text(EXCEPTION_FQCN);
        return type == null ? firstLine : type.substring(type.lastIndexOf('.') + 1) + ": " + firstLine;
    }

    /** {@code java.lang.IllegalStateException: tổng âm} → {@code IllegalStateException: tổng âm}. */
    private static String withSimpleClassName(String exceptionLine) {
        int colon = exceptionLine.indexOf(':');
        String type = colon < 0 ? exceptionLine : exceptionLine.substring(0, colon);
        return type.substring(type.lastIndexOf('.') + 1) + (colon < 0 ? "" : exceptionLine.substring(colon));
    }

    /** Where this dead letter sits, the value of {@link #REPLAYED_FROM}. */
    String position() {
        return record.topic() + "@" + record.offset();
    }

    /**
     * The record to put back on the original topic: same key, value and event headers, partitioned by its key as
     * the publisher did (a record without key goes back to its original partition).
     */
    ProducerRecord<byte[], byte[]> replay() {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (FAILURE_HEADER_PREFIXES.stream().noneMatch(header.key()::startsWith)
                    && !header.key().equals(REPLAYED_FROM)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(REPLAYED_FROM, position().getBytes(StandardCharsets.UTF_8)));
        Integer partition = null;
        if (record.key() == null && originalPartition() != null) {
            partition = Integer.valueOf(originalPartition());
        }
        return new ProducerRecord<>(originalTopic(), partition, record.key(), record.value(), headers);
    }

    /** The operator's view, in Vietnamese, one block per record. */
    String describe() {
        String origin = originalTopic() + (originalPartition() != null ? "-" + originalPartition() : "")
                + (originalOffset() != null ? "@" + originalOffset() : "");
        var text = new StringBuilder()
                .append("offset ").append(offset()).append(" | ").append(timestamp())
                .append(" | khóa ").append(orDash(key())).append('\n')
                .append("    sự kiện: ").append(orDash(type())).append(" | ce_id ").append(orDash(eventId()))
                .append(" | phiên bản ").append(orDash(aggregateVersion())).append('\n')
                .append("    gốc:     ").append(origin).append('\n')
                .append("    lỗi:     ").append(orDash(exceptionFirstLine()));
        return text.toString();
    }

    private String text(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** spring-kafka writes these as binary numbers; a hand-written record may carry digits as text. */
    private static String number(byte[] value) {
        String text = new String(value, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return text;
        }
        if (value.length == Integer.BYTES) {
            return Integer.toString(ByteBuffer.wrap(value).getInt());
        }
        if (value.length == Long.BYTES) {
            return Long.toString(ByteBuffer.wrap(value).getLong());
        }
        return text;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
