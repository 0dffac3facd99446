package vn.thidua.gateway.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.TraceIdResolver;

/**
 * Gives every request a W3C {@code traceparent} at the edge (keeping a valid one sent by the client), so that the
 * trace id quoted by a problem document, the gateway's own or a service's, is the same for one request across the
 * gateway and the service that answered it. Nothing here records spans, hence the "not sampled" flag.
 */
public class TraceparentFilter implements WebFilter, Ordered {

    public static final String HEADER = "traceparent";
    /** The request's trace id, for code that sees the exchange before or without the mutated request. */
    public static final String TRACE_ID_ATTRIBUTE = TraceparentFilter.class.getName() + ".traceId";

    private static final TraceIdResolver FROM_HEADER = TraceIdResolver.fromTraceparentHeader();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = FROM_HEADER.traceId(exchange);
        if (incoming != null) {
            exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, incoming);
            return chain.filter(exchange);
        }
        String traceId = randomHex(16);
        exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, traceId);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-00";
        // A tracestate belongs to the traceparent it came with, which is being replaced.
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.set(HEADER, traceparent);
                    headers.remove("tracestate");
                }))
                .build());
    }

    /** The trace id a problem document quotes: the one this filter settled on, else a valid header's. */
    public static TraceIdResolver resolver() {
        return exchange -> {
            String traceId = exchange.getAttribute(TRACE_ID_ATTRIBUTE);
            return traceId != null ? traceId : FROM_HEADER.traceId(exchange);
        };
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        // An all-zero id is invalid (W3C Trace Context §3.2.2.3).
        random[bytes - 1] |= 1;
        return HexFormat.of().formatHex(random);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
