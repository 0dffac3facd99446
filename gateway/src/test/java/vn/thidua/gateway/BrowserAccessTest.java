package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** What a browser page sees: CORS only for the portal's origins, and headers that keep API answers inert. */
class BrowserAccessTest extends GatewayTestSupport {

    static final String PORTAL = "http://localhost:5173";

    @Test
    void the_portal_origin_gets_its_preflight_answered_without_a_token_and_without_reaching_a_service() {
        String marker = UUID.randomUUID().toString();
        client.options().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.ORIGIN, PORTAL)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, if-match")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("POST"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @Test
    void a_read_from_the_portal_exposes_the_headers_a_client_needs() {
        client.get().uri("/api/campaigns/c1")
                .header(HttpHeaders.ORIGIN, PORTAL)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "Retry-After"));
    }

    @Test
    void another_origin_is_refused_with_a_403_problem_preflight_or_not() {
        String marker = UUID.randomUUID().toString();
        client.options().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/forbidden")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("https://evil.example"));

        client.get().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus().isForbidden();

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @Test
    void api_answers_carry_security_headers_and_keep_the_services_caching_headers() {
        client.get().uri("/api/campaigns/" + StandInService.CACHED)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists(HttpHeaders.ETAG);
    }

    @Test
    void the_gateways_own_problems_carry_them_too() {
        client.post().uri("/api/campaigns").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
