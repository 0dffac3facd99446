package vn.thidua.support.tracing;

import reactor.util.context.ContextView;

/**
 * The W3C trace context of the work in progress, as a {@code traceparent} value, so that work which continues
 * later and elsewhere (an outbox entry relayed after the request has ended) joins the same trace.
 */
@FunctionalInterface
public interface TraceParents {

    /** The W3C Trace Context header, also the name of the Kafka record header that carries it. */
    String HEADER = "traceparent";

    /**
     * @param context the Reactor context of the caller: reactive code has no reliable thread to read a span from
     * @return the current {@code traceparent}, or {@code null} outside any trace
     */
    String current(ContextView context);

    /** Without tracing: entries carry no trace context and consumers start their own traces. */
    TraceParents NONE = context -> null;
}
