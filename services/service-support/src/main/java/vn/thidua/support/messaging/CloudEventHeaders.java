package vn.thidua.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import vn.thidua.support.outbox.OutboxEntry;
import vn.thidua.support.tracing.TraceParents;

/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: the event's attributes travel as {@code ce_*}
 * headers and the record value is the bare JSON payload, so consumers that know nothing of CloudEvents still
 * read plain JSON.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    /** Extension attribute: the aggregate's version after the change, what consumers deduplicate on. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    public static List<Header> of(OutboxEntry entry) {
        var headers = new ArrayList<Header>(8);
        headers.add(header(ID, entry.id()));
        headers.add(header(SOURCE, entry.source()));
        headers.add(header(TYPE, entry.type()));
        headers.add(header(SUBJECT, entry.key()));
        headers.add(header(TIME, entry.time().toString()));
        headers.add(header(SPEC_VERSION, "1.0"));
        headers.add(header(AGGREGATE_VERSION, Long.toString(entry.aggregateVersion())));
        headers.add(header(CONTENT_TYPE, JSON));
        // Not a CloudEvents attribute: the W3C header that Kafka instrumentation reads, so consumers join the trace.
        if (entry.traceparent() != null) {
            headers.add(header(TraceParents.HEADER, entry.traceparent()));
        }
        return headers;
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
