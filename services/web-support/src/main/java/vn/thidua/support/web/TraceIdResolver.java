package vn.thidua.support.web;

import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Finds the trace id a problem document quotes, so that a user's screenshot leads to the log lines. A service
 * with Micrometer Tracing declares its own bean reading the current span; the default reads the W3C
 * {@code traceparent} header the gateway propagates, whose trace id is the one the service's spans continue.
 */
@FunctionalInterface
public interface TraceIdResolver {

    /** The trace id, or {@code null} when none is known. */
    String traceId(ServerWebExchange exchange);

    static TraceIdResolver fromTraceparentHeader() {
        return TraceparentHeader::traceId;
    }

    final class TraceparentHeader {

        // version "-" trace-id "-" parent-id "-" flags; an all-zero trace id is invalid (W3C Trace Context §3.2).
        private static final Pattern TRACEPARENT =
                Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}.*$");

        private TraceparentHeader() {
        }

        static String traceId(ServerWebExchange exchange) {
            ServerHttpRequest request = exchange.getRequest();
            String header = request.getHeaders().getFirst("traceparent");
            if (header == null) {
                return null;
            }
            var matcher = TRACEPARENT.matcher(header.trim());
            if (!matcher.matches() || matcher.group(1).chars().allMatch(c -> c == '0')) {
                return null;
            }
            return matcher.group(1);
        }
    }
}
