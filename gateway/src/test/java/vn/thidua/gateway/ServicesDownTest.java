package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;

/**
 * The gateway with nothing behind it: campaign-service's port is closed, publication-service's host does not
 * exist and the issuer's key set is unreachable. Every answer is a 503 problem naming what is missing, never a 500,
 * and the gateway itself stays ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ServicesDownTest {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT + "/.well-known/jwks.json");
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        // RFC 2606: .invalid never resolves.
        registry.add("THIDUA_PUBLICATION_SERVICE_URL", () -> "http://publication-service.thidua.invalid:8084");
        registry.add("THIDUA_GATEWAY_MANAGEMENT_PORT", () -> "0");
        registry.add("THIDUA_GATEWAY_UNAVAILABLE_RETRY_AFTER", () -> "7s");
    }

    @Autowired
    WebTestClient autowiredClient;

    @LocalManagementPort
    int managementPort;

    WebTestClient client;

    @BeforeEach
    void longerClientTimeout() {
        client = autowiredClient.mutate().responseTimeout(Duration.ofSeconds(15)).build();
    }

    @Test
    void a_read_from_a_service_refusing_connections_is_a_503_problem_naming_it() {
        client.get().uri("/api/campaigns/c1")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Dịch vụ tạm thời không khả dụng")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("Dịch vụ phong trào thi đua tạm thời không phản hồi. Yêu cầu của bạn"
                        + " chưa được gửi tới dịch vụ này; vui lòng thử lại sau 7 giây.")
                .jsonPath("$.retryAfter").isEqualTo(7)
                .jsonPath("$.instance").isEqualTo("/api/campaigns/c1")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void a_read_from_a_service_whose_host_does_not_resolve_is_a_503_problem_naming_it() {
        client.get().uri("/api/articles?page=1")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Dịch vụ tin bài và tuyên truyền tạm thời không phản hồi."));
    }

    @Test
    void the_trace_id_of_the_problem_is_the_one_the_client_sent() {
        client.get().uri("/api/units")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.traceId").isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void a_token_that_cannot_be_checked_is_a_503_naming_the_login_service_not_a_401() {
        client.post().uri("/api/campaigns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("u1", "tinh", Role.REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Dịch vụ đăng nhập tạm thời không phản hồi"));
    }

    @Test
    void an_anonymous_write_is_still_a_401_before_any_service_is_tried() {
        client.post().uri("/api/campaigns")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void the_gateway_stays_ready_while_everything_behind_it_is_down() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            management.get().uri(probe)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    private static int closedPort() {
        // Bound and released at once: nothing listens there afterwards, so connecting is refused.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
