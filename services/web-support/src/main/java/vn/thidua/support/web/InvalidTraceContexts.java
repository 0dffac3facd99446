package vn.thidua.support.web;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Drops a {@code traceparent} header that is not W3C Trace Context, with its {@code tracestate}, before anything
 * reads it, so the request starts a trace of its own. Brave's parser throws on some malformed values (one without
 * its parent id, say) instead of ignoring them, and the server observation that calls it runs before any
 * WebFilter: any client could turn any request into a 500 with one header.
 */
public final class InvalidTraceContexts implements HttpHandlerDecoratorFactory {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    // version "-" trace-id "-" parent-id "-" flags, lower-case hex; later versions may append fields.
    private static final Pattern VALID =
            Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?$");
    private static final Pattern ALL_ZERO = Pattern.compile("^0+$");

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> handler.handle(withValidTraceContext(request), response);
    }

    static ServerHttpRequest withValidTraceContext(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        var values = headers.get(TRACEPARENT);
        if (values == null || (values.size() == 1 && isValid(values.get(0)))) {
            return request;
        }
        return request.mutate().headers(writable -> {
            writable.remove(TRACEPARENT);
            writable.remove(TRACESTATE);
        }).build();
    }

    static boolean isValid(String traceparent) {
        if (!VALID.matcher(traceparent).matches() || traceparent.startsWith("ff")) {
            return false;
        }
        String[] fields = traceparent.split("-", 4);
        if (fields[0].equals("00") && traceparent.length() != 55) {
            return false;
        }
        return !ALL_ZERO.matcher(fields[1]).matches() && !ALL_ZERO.matcher(fields[2]).matches();
    }
}
