package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.support.security.Role;

/**
 * Paths that try to climb out of a route towards a service's actuator. They are sent over a raw socket, because
 * every HTTP client library normalises or re-encodes at least one of them before it leaves the test.
 */
class PathTraversalTest extends GatewayTestSupport {

    static Stream<String> attempts() {
        return Stream.of(
                "/api/campaigns/../../actuator/env",
                "/api/campaigns/../../actuator/health",
                "/api/articles/../../actuator/env",
                "/api/campaigns/./../../actuator/env",
                "/api/campaigns/%2e%2e/%2e%2e/actuator/env",
                "/api/campaigns/%2E%2E/%2E%2E/actuator/env",
                "/api/campaigns/.%2e/.%2e/actuator/env",
                "/api/campaigns/..%2F..%2Factuator%2Fenv",
                "/api/campaigns/..%2f..%2factuator%2fenv",
                "/api/campaigns/%2e%2e%2f%2e%2e%2factuator%2fenv",
                "/api/campaigns/%252e%252e/%252e%252e/actuator/env",
                "/api/campaigns/..%252f..%252factuator%252fenv",
                "/api/campaigns/..;/..;/actuator/env",
                "/api/campaigns;/../../actuator/env",
                "/api/campaigns/..%5C..%5Cactuator%5Cenv",
                "/api/campaigns/..\\..\\actuator\\env",
                "/api/campaigns//..//..//actuator/env",
                "/api/campaigns/%00/../../actuator/env",
                "//actuator/env",
                "/actuator/../api/campaigns/../../actuator/env",
                "http://localhost/api/campaigns/../../actuator/env");
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void an_anonymous_attempt_is_refused_before_any_service(String target) throws IOException {
        assertRefused(target, send("GET " + target + " HTTP/1.1", null));
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void an_authenticated_attempt_is_refused_before_any_service(String target) throws IOException {
        String token = ISSUER.token("admin-1", "tinh-thai-nguyen", Role.ADMIN);
        assertRefused(target, send("POST " + target + " HTTP/1.1", bearer(token)));
    }

    @Test
    void an_encoded_climb_is_a_400_problem_saying_the_request_is_malformed() throws IOException {
        RawResponse response = RawResponse.of(send("GET /api/campaigns/%2e%2e/%2e%2e/actuator/env HTTP/1.1", null));

        assertThat(response.statusLine()).as(response.text()).startsWith("HTTP/1.1 400 ");
        assertThat(response.header("Content-Type")).as(response.text()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type"))
                .isEqualTo("https://thidua.vn/problems/malformed-request");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(400);
    }

    /**
     * Whatever the attempts did, every request a service received was for one of its own /api/** paths, or its
     * OpenAPI document, which only the exact docs route asks for.
     */
    @AfterAll
    static void no_service_ever_saw_a_path_outside_the_api() {
        Stream.of(CAMPAIGN, PUBLICATION).flatMap(service -> service.received().stream()).forEach(received ->
                assertThat(normalised(received.rawPath())).as(received.rawPath())
                        .satisfiesAnyOf(path -> assertThat(path).startsWith("/api/"),
                                path -> assertThat(path).isEqualTo("/v3/api-docs")));
    }

    private static void assertRefused(String target, String text) {
        RawResponse response = RawResponse.of(text);
        assertThat(response.statusLine()).as(text).startsWith("HTTP/1.1 400 ");
        assertThat(text).doesNotContain(StandInService.ACTUATOR_SECRET);
        // A raw backslash does not even make a valid request line: Netty's HTTP decoder answers an empty 400
        // itself, before the application sees anything. Every other attempt gets to the firewall.
        if (!target.contains("\\")) {
            assertThat(response.header("Content-Type")).as(text).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(response.body(), "$.type"))
                    .isEqualTo("https://thidua.vn/problems/malformed-request");
        }
    }

    /** An HTTP/1.1 answer as read from the socket: status line, headers, body. */
    private record RawResponse(String text, String statusLine, List<String> headers, String body) {

        static RawResponse of(String text) {
            int endOfHead = text.indexOf("\r\n\r\n");
            List<String> head = (endOfHead < 0 ? text : text.substring(0, endOfHead)).lines().toList();
            return new RawResponse(text, head.isEmpty() ? "" : head.get(0), head.subList(Math.min(1, head.size()),
                    head.size()), endOfHead < 0 ? "" : text.substring(endOfHead + 4));
        }

        String header(String name) {
            return headers.stream()
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst().orElse(null);
        }
    }

    /** The path as the most lenient server could understand it: decoded twice, backslashes as separators. */
    private static String normalised(String rawPath) {
        String decoded = URLDecoder.decode(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8)
                .replace("+", "%2B"), StandardCharsets.UTF_8);
        String path = decoded.replace('\\', '/').replaceAll(";[^/]*", "").replace("\0", "");
        return Path.of(path).normalize().toString();
    }

    private String send(String requestLine, String authorization) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n")
                        .append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            } else {
                request.append("\r\n");
            }
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
