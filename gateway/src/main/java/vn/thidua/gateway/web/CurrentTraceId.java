package vn.thidua.gateway.web;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import vn.thidua.support.web.TraceIdResolver;

/**
 * The trace id a gateway problem quotes: that of the request's server span. The tracer starts it from the client's
 * valid {@code traceparent} or as a new trace, and the routes and views forward it to the services, whose problems
 * and log lines carry the same id. Without a span (tracing switched off) the client's own header is quoted.
 */
public final class CurrentTraceId implements TraceIdResolver {

    private static final TraceIdResolver FROM_HEADER = TraceIdResolver.fromTraceparentHeader();

    @Override
    public String traceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(CurrentTraceId::traceIdOf)
                .orElseGet(() -> FROM_HEADER.traceId(exchange));
    }

    private static String traceIdOf(Observation.Context context) {
        TracingContext tracing = context.get(TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        String traceId = span == null ? null : span.context().traceId();
        // A no-op tracer's span has an empty id.
        return traceId == null || traceId.isEmpty() ? null : traceId;
    }
}
