package vn.thidua.support.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;

/**
 * One event waiting in an aggregate document's {@code outbox} array until the relay has seen the broker
 * acknowledge it. The payload is kept as the exact JSON text that will be published, so a re-publication after a
 * crash sends the same bytes with the same {@code ce_id}.
 *
 * @param id               the CloudEvents id (a UUID), also the handle the relay removes the entry by
 * @param type             the wire type, e.g. {@code vn.thidua.campaign.CampaignLaunched.v1}
 * @param topic            the Kafka topic
 * @param source           the CloudEvents source, e.g. {@code /thidua/campaign-service}
 * @param key              the Kafka record key: the aggregate id, so one aggregate's events stay in order
 * @param time             when the change happened
 * @param aggregateVersion the aggregate's version after the change
 * @param payload          the JSON payload
 * @param traceparent      the W3C trace context of the request that produced the event, sent along as the
 *                         record's {@code traceparent} header; {@code null} outside a trace and in entries written
 *                         before tracing existed
 */
public record OutboxEntry(String id, String type, String topic, String source, String key, Instant time,
                          long aggregateVersion, String payload, String traceparent) {

    static final String ID = "id";
    static final String TRACEPARENT = "traceparent";

    public static <T extends DomainEvent> OutboxEntry of(EventType<T> type, T event, Instant time) {
        return of(type, event, time, null);
    }

    public static <T extends DomainEvent> OutboxEntry of(EventType<T> type, T event, Instant time,
                                                         String traceparent) {
        return new OutboxEntry(UUID.randomUUID().toString(), type.wireType(), type.topic(), type.source(),
                event.aggregateId(), time, event.aggregateVersion(), EventJson.toJson(event), traceparent);
    }

    Document toDocument() {
        var document = new Document(ID, id)
                .append("type", type)
                .append("topic", topic)
                .append("source", source)
                .append("key", key)
                .append("time", Date.from(time))
                .append("aggregateVersion", aggregateVersion)
                .append("payload", payload);
        if (traceparent != null) {
            document.append(TRACEPARENT, traceparent);
        }
        return document;
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(
                document.getString(ID),
                document.getString("type"),
                document.getString("topic"),
                document.getString("source"),
                document.getString("key"),
                document.getDate("time").toInstant(),
                ((Number) document.get("aggregateVersion")).longValue(),
                document.getString("payload"),
                document.getString(TRACEPARENT));
    }
}
