package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.security.Role;

/**
 * The gateway with nothing behind it: campaign-service's port is closed, publication-service's host does not
 * exist and the issuer's key set is unreachable. Every answer is a 503 problem naming what is missing, never a 500,
 * and the gateway itself stays ready.
 */
class ServicesDownTest extends GatewayTestBase {

    /**
     * Bound but never listening, for as long as the test JVM runs: a connection to its port is refused, and no
     * server started meanwhile (the gateway's own, on port 0) can be given that port.
     */
    private static final Socket CLOSED = boundButNotListening();
    static final int CLOSED_PORT = CLOSED.getLocalPort();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT + "/.well-known/jwks.json");
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        // RFC 2606: .invalid never resolves.
        registry.add("THIDUA_PUBLICATION_SERVICE_URL", () -> "http://publication-service.thidua.invalid:8084");
        registry.add("THIDUA_GATEWAY_UNAVAILABLE_RETRY_AFTER", () -> "7s");
    }

    @Test
    void a_read_from_a_service_refusing_connections_is_a_503_problem_naming_it() {
        assertUnavailable(client.get().uri("/api/campaigns/c1").exchange(), 7)
                .jsonPath("$.title").isEqualTo("Dịch vụ tạm thời không khả dụng")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("Dịch vụ phong trào thi đua tạm thời không phản hồi. Yêu cầu của bạn"
                        + " chưa được gửi tới dịch vụ này; vui lòng thử lại sau 7 giây.")
                .jsonPath("$.instance").isEqualTo("/api/campaigns/c1")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void a_read_from_a_service_whose_host_does_not_resolve_is_a_503_problem_naming_it() {
        assertUnavailable(client.get().uri("/api/articles?page=1").exchange(), 7)
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
        assertUnavailable(client.post().uri("/api/campaigns")
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.REVIEWER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange(), 7)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Dịch vụ đăng nhập tạm thời không phản hồi"));
    }

    @Test
    void an_anonymous_write_is_still_a_401_before_any_service_is_tried() {
        client.post().uri("/api/campaigns")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated");
    }

    @Test
    void the_gateway_stays_ready_while_everything_behind_it_is_down() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            management().get().uri(probe)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    /**
     * The issuer is up but its key set answers 503: a token still cannot be checked. (A body that is not a key set
     * or a dropped connection reach the gateway the same way; see KeySetFailuresTest.) A context of its own, for its
     * own key-set URL.
     */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    class WhenTheKeySetAnswersWithAnError extends GatewayTestBase {

        static final StandInService TROUBLED_ISSUER = StandInService.shared("troubled-issuer");

        @DynamicPropertySource
        static void issuerInTrouble(DynamicPropertyRegistry registry) {
            registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuerUri);
            registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                    () -> TROUBLED_ISSUER.url() + "/jwks/" + StandInService.UNAVAILABLE);
            // Not whole seconds: the header, the retryAfter member and the detail round it up alike.
            registry.add("THIDUA_GATEWAY_UNAVAILABLE_RETRY_AFTER", () -> "2500ms");
        }

        @Test
        void a_write_with_a_token_is_a_503_naming_the_login_service() {
            assertUnavailable(client.post().uri("/api/campaigns")
                    .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.REVIEWER)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange(), 3)
                    .jsonPath("$.detail").isEqualTo("Dịch vụ đăng nhập tạm thời không phản hồi nên chưa kiểm tra được"
                            + " mã truy cập của bạn. Vui lòng thử lại sau 3 giây.");

            assertThat(TROUBLED_ISSUER.received()).anySatisfy(request ->
                    assertThat(request.rawPath()).isEqualTo("/jwks/" + StandInService.UNAVAILABLE));
        }

        @Test
        void a_read_with_a_token_is_a_503_too() {
            assertUnavailable(client.get().uri("/api/articles")
                    .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.REVIEWER)))
                    .exchange(), 3)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .startsWith("Dịch vụ đăng nhập tạm thời không phản hồi"));
        }
    }

    /** The 503 problem every outage here is: typed, with Retry-After in the header and in the body, alike. */
    static WebTestClient.BodyContentSpec assertUnavailable(WebTestClient.ResponseSpec response, int retryAfter) {
        return response
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.retryAfter").isEqualTo(retryAfter);
    }

    private static Socket boundButNotListening() {
        try {
            Socket socket = new Socket();
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
