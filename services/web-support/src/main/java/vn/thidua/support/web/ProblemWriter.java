package vn.thidua.support.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ProblemDetail} as the {@code application/problem+json} response of an exchange. Everything that
 * answers with a problem goes through here (the exception handler, security entry points, gateway fallbacks), so
 * the documents look the same whoever produced them.
 *
 * <p>The document is serialised by hand into its RFC 9457 shape rather than through the codecs: a codec
 * configuration (mix-ins, naming strategies, the strict input settings) must not be able to change an error's
 * shape, and a failure to encode an error must not itself become an unreadable error.
 */
public class ProblemWriter {

    private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final JsonMapper jsonMapper;
    private final TraceIdResolver traceIds;

    public ProblemWriter(JsonMapper jsonMapper, TraceIdResolver traceIds) {
        this.jsonMapper = jsonMapper;
        this.traceIds = traceIds;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, problem, HttpHeaders.EMPTY);
    }

    /**
     * Completes the exchange with the problem. {@code instance} defaults to the request path and {@code traceId}
     * is added when known. {@code headers} are set on the response (e.g. {@code Allow}, {@code Retry-After}).
     * A response already committed cannot be changed: the call then fails with {@link IllegalStateException}.
     */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(new IllegalStateException("The response is already committed; cannot write " + problem));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(pathOf(exchange));
        }
        if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.TRACE_ID)) {
            String traceId = traceIds.traceId(exchange);
            if (traceId != null) {
                problem.setProperty(Problems.TRACE_ID, traceId);
            }
        }
        byte[] json = serialise(problem);

        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        HttpHeaders responseHeaders = response.getHeaders();
        responseHeaders.putAll(headers);
        // Validators of whatever the handler meant to send describe a representation this is not.
        responseHeaders.remove(HttpHeaders.ETAG);
        responseHeaders.remove(HttpHeaders.LAST_MODIFIED);
        responseHeaders.remove(HttpHeaders.CONTENT_DISPOSITION);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        responseHeaders.setContentLength(json.length);
        DataBuffer buffer = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(buffer));
    }

    /** The document as it is sent, members in RFC order, then the extensions. */
    public Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
        if (problem.getTitle() != null) {
            document.put("title", problem.getTitle());
        }
        document.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            document.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            document.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((name, value) -> {
                if (!STANDARD_MEMBERS.contains(name)) {
                    document.put(name, value);
                }
            });
        }
        return document;
    }

    private byte[] serialise(ProblemDetail problem) {
        Map<String, Object> document = toMap(problem);
        try {
            return jsonMapper.writeValueAsBytes(document);
        } catch (RuntimeException e) {
            // An extension value the mapper cannot write (a service put an odd object in properties()) must not
            // cost the client the whole answer: send the standard members alone.
            log.error("Could not serialise the extension members of a problem; sending it without them", e);
            document.keySet().retainAll(STANDARD_MEMBERS);
            return jsonMapper.writeValueAsBytes(document);
        }
    }

    private static URI pathOf(ServerWebExchange exchange) {
        try {
            return new URI(exchange.getRequest().getPath().value());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
