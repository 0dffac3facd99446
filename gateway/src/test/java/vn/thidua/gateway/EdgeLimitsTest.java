package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import vn.thidua.support.security.Role;

/**
 * Rate limits and the body size limit of a gateway whose proxy (the loopback address here) is trusted, so that the
 * test can play several clients through {@code X-Forwarded-For}. Small limits, in a context of its own.
 */
class EdgeLimitsTest extends GatewayTestBase {

    static final StandInService CAMPAIGN = StandInService.shared("campaign-service");
    static final StandInService PUBLICATION = StandInService.shared("publication-service");

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", CAMPAIGN::url);
        registry.add("THIDUA_PUBLICATION_SERVICE_URL", PUBLICATION::url);
        registry.add("THIDUA_GATEWAY_TRUSTED_PROXIES", () -> "127[.]0[.]0[.]1|0:0:0:0:0:0:0:1");
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_PUBLIC", () -> "3/1h");
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_USER", () -> "2/1h");
        registry.add("THIDUA_GATEWAY_MAX_REQUEST_BODY", () -> "1KB");
    }

    @Test
    void a_client_address_gets_its_public_writes_until_the_limit_then_a_429_problem() {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            countVisit("203.0.113.7", marker).expectStatus().isOk();
        }

        countVisit("203.0.113.7", marker)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                        .isBetween(1L, 3600L))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("thử lại sau"));

        assertThat(PUBLICATION.all(marker)).hasSize(3);
        // Another citizen behind the same proxy is not affected.
        countVisit("203.0.113.8", marker).expectStatus().isOk();
    }

    @Test
    void the_client_is_the_last_address_the_trusted_proxies_did_not_add_not_what_the_client_wrote() {
        String marker = UUID.randomUUID().toString();
        // The client forges a fresh address at the left of the chain each time; the proxy appends the real one.
        for (int i = 0; i < 3; i++) {
            countVisit("10.0.0." + i + ", 198.51.100.20", marker).expectStatus().isOk();
        }
        countVisit("10.0.0.9, 198.51.100.20", marker).expectStatus().isEqualTo(429);
    }

    @Test
    void the_service_is_told_the_client_the_edge_resolved() {
        String marker = UUID.randomUUID().toString();
        countVisit("10.0.0.9, 198.51.100.44", marker).expectStatus().isOk();

        assertThat(PUBLICATION.find(marker).orElseThrow().header("X-Forwarded-For")).isEqualTo("198.51.100.44");
    }

    @Test
    void a_user_gets_their_writes_until_the_limit_and_another_user_is_not_affected() {
        String marker = UUID.randomUUID().toString();
        String hoa = ISSUER.token("reviewer-hoa", "SNV-TN", Role.REVIEWER);
        String minh = ISSUER.token("reviewer-minh", "SNV-TN", Role.REVIEWER);

        draft(hoa, marker).expectStatus().isOk();
        draft(hoa, marker).expectStatus().isOk();
        draft(hoa, marker).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
        draft(minh, marker).expectStatus().isOk();

        assertThat(CAMPAIGN.all(marker)).hasSize(3);
    }

    @Test
    void reads_are_not_limited() {
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/campaigns?page=" + i).header("X-Forwarded-For", "203.0.113.50").exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void a_body_declared_over_the_limit_is_a_413_problem_and_reaches_no_service() {
        String marker = UUID.randomUUID().toString();
        String token = ISSUER.token("reviewer-lan", "SNV-TN", Role.REVIEWER);
        client.post().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(2048))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/payload-too-large")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 KB"));

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @Test
    void a_streamed_body_that_grows_over_the_limit_is_a_413_problem() {
        String marker = UUID.randomUUID().toString();
        String token = ISSUER.token("reviewer-thu", "SNV-TN", Role.REVIEWER);
        byte[] chunk = new byte[400];
        Arrays.fill(chunk, (byte) 'a');
        Flux<DataBuffer> chunks = Flux.range(0, 6).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));

        client.post().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.TEXT_PLAIN)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/payload-too-large");

        CAMPAIGN.find(marker).ifPresent(received -> assertThat(received.body().length).isLessThanOrEqualTo(1024));
    }

    @Test
    void a_body_at_the_limit_passes() {
        String marker = UUID.randomUUID().toString();
        String token = ISSUER.token("reviewer-an", "SNV-TN", Role.REVIEWER);
        client.put().uri("/api/campaigns/c1?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(1024))
                .exchange()
                .expectStatus().isOk();

        assertThat(CAMPAIGN.find(marker).orElseThrow().body()).hasSize(1024);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec countVisit(String forwardedFor,
                                                                                               String marker) {
        return client.post().uri("/api/visits?marker=" + marker)
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"path\":\"/tin-tuc/dinh-hoa\"}")
                .exchange();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec draft(String token,
                                                                                          String marker) {
        return client.post().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    /** A JSON string document of exactly {@code bytes} bytes. */
    private static String json(int bytes) {
        String text = "\"" + "x".repeat(bytes - 2) + "\"";
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return text;
    }
}
