package vn.thidua.support.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import reactor.util.context.ContextView;

/**
 * Reads the current span with Micrometer Tracing and writes it as the propagator does on an outgoing request.
 * WebFlux keeps the request's observation in the Reactor context rather than on a thread, so that is looked at
 * first; the thread's current span (a consumer, a scheduled job) is the fallback.
 */
public class MicrometerTraceParents implements TraceParents {

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceParents(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String current(ContextView context) {
        TraceContext trace = fromObservation(context.getOrDefault(ObservationThreadLocalAccessor.KEY, null));
        if (trace == null) {
            Span span = tracer.currentSpan();
            trace = span == null ? null : span.context();
        }
        if (trace == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(trace, carrier, Map::put);
        return carrier.get(HEADER);
    }

    private static TraceContext fromObservation(Object value) {
        if (!(value instanceof Observation observation)) {
            return null;
        }
        TracingObservationHandler.TracingContext tracing =
                observation.getContextView().get(TracingObservationHandler.TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        return span == null ? null : span.context();
    }
}
