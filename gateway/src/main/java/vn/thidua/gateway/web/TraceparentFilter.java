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

    private static final String HEADER = "traceparent";
    /**
     * A trace id this filter generated. The exception handlers see the exchange as it arrived, without the header
     * set here; a valid header of the client they can read themselves.
     */
    private static final String TRACE_ID_ATTRIBUTE = TraceparentFilter.class.getName() + ".traceId";
    private static final TraceIdResolver FROM_HEADER = TraceIdResolver.fromTraceparentHeader();
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (FROM_HEADER.traceId(exchange) != null) {
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

    /** The trace id a problem document quotes: the one this filter generated, else the client's valid one. */
    public static TraceIdResolver resolver() {
        return exchange -> {
            String generated = exchange.getAttribute(TRACE_ID_ATTRIBUTE);
            return generated != null ? generated : FROM_HEADER.traceId(exchange);
        };
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        // An all-zero id is invalid (W3C Trace Context §3.2.2.3).
        random[bytes - 1] |= 1;
        return HEX.formatHex(random);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
