package vn.thidua.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A downstream service played by a real HTTP server on a free port: it records every request exactly as it arrived
 * (raw path and query, headers, body) and answers according to the last path segment, so that tests can check
 * what the gateway forwards and how it passes answers back.
 *
 * <p>Deliberately not {@link AutoCloseable}: JUnit closes such arguments of a parameterized test after each
 * invocation, and these are shared by the whole test JVM (closed by a shutdown hook).
 */
final class StandInService {

    /** Served on any path containing "actuator": a test finding it in an answer has reached a service's actuator. */
    static final String ACTUATOR_SECRET = "STAND-IN ACTUATOR: must never be reachable through the gateway";
    static final String PROBLEM_BODY = "{\"type\":\"https://thidua.vn/problems/validation\",\"title\":\"Dữ liệu"
            + " không hợp lệ\",\"status\":400,\"detail\":\"Tên phong trào là bắt buộc.\",\"instance\":\"/x\","
            + "\"errors\":[{\"field\":\"name\",\"message\":\"là bắt buộc\"}],\"traceId\":\"from-the-service\"}";
    static final String SLOW = "slow";
    static final String PROBLEM = "problem";
    static final String CACHED = "cached";
    static final String BROKEN = "broken";
    static final String CUT = "cut";
    static final String UNAVAILABLE = "unavailable";

    private static final Map<String, StandInService> SHARED = new TreeMap<>();

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : String.join(",", values);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private StandInService(String name) {
        this.name = name;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stand-in-" + name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    /** How a stand-in misbehaves for every request, for the views' tests; null answers normally. */
    enum Trouble { SLOW, ERROR, CLOSE }

    private volatile Trouble trouble;
    private final Map<String, String> canned = new java.util.concurrent.ConcurrentHashMap<>();

    /** A stand-in of its own, for tests that make it misbehave. */
    static StandInService started(String name) {
        StandInService service = new StandInService(name);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        return service;
    }

    void trouble(Trouble trouble) {
        this.trouble = trouble;
    }

    /** Answers {@code path} (without its query) with this JSON; {@code null} JSON answers 404. */
    void answer(String path, String json) {
        canned.put(path, json == null ? "" : json);
    }

    /** One per name and test JVM, shared by every Spring context that routes to it. */
    static synchronized StandInService shared(String name) {
        return SHARED.computeIfAbsent(name, n -> {
            StandInService service = new StandInService(n);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            return service;
        });
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The request whose path or query contains {@code marker}, a value unique to one test. */
    Optional<Received> find(String marker) {
        return received.stream()
                .filter(r -> r.rawPath().contains(marker) || (r.rawQuery() != null && r.rawQuery().contains(marker)))
                .findFirst();
    }

    /** Every request whose path or query contains {@code marker}, in arrival order. */
    List<Received> all(String marker) {
        return received.stream()
                .filter(r -> r.rawPath().contains(marker) || (r.rawQuery() != null && r.rawQuery().contains(marker)))
                .toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key, new ArrayList<>(values)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), rawPath, exchange.getRequestURI().getRawQuery(),
                    headers, body));

            String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
            Trouble now = trouble;
            if (now == Trouble.SLOW) {
                sleep(5_000);
            } else if (now == Trouble.ERROR) {
                send(exchange, 500, "application/problem+json", "{\"status\":500}");
                return;
            } else if (now == Trouble.CLOSE) {
                return;
            }
            String cannedBody = canned.get(rawPath);
            if (cannedBody != null) {
                if (cannedBody.isEmpty()) {
                    send(exchange, 404, "application/problem+json", "{\"status\":404}");
                } else {
                    send(exchange, 200, "application/json", cannedBody);
                }
            } else if (rawPath.equals("/v3/api-docs")) {
                send(exchange, 200, "application/json", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name
                        + "\"},\"servers\":[{\"url\":\"" + url() + "\"}],\"paths\":{\"/api/x\":{}}}");
            } else if (rawPath.toLowerCase().contains("actuator")) {
                send(exchange, 200, "text/plain", ACTUATOR_SECRET);
            } else if (last.equals(PROBLEM)) {
                exchange.getResponseHeaders().set("X-Service-Header", "kept");
                send(exchange, 400, "application/problem+json", PROBLEM_BODY);
            } else if (last.equals(SLOW)) {
                sleep(10_000);
                send(exchange, 200, "application/json", "{\"late\":true}");
            } else if (last.equals(BROKEN)) {
                // Closing without a status line: the connection ends in the middle of the exchange.
                return;
            } else if (last.equals(CUT)) {
                // Status and headers of a gzipped, cacheable answer that sets a cookie, then the connection ends
                // before any of the announced body.
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=60");
                exchange.getResponseHeaders().set("Set-Cookie", "stand-in=1; Path=/");
                exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
                exchange.getResponseHeaders().set("ETag", "\"v9\"");
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().flush();
                throw new IOException("cut off on purpose");
            } else if (last.equals(UNAVAILABLE)) {
                send(exchange, 503, "text/html", "<html><body>Service Unavailable</body></html>");
            } else if (last.equals(CACHED)) {
                exchange.getResponseHeaders().set("ETag", "\"v7\"");
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=60");
                send(exchange, 200, "application/json", "{\"version\":7}");
            } else {
                send(exchange, 200, "application/json", "{\"service\":\"" + name + "\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
