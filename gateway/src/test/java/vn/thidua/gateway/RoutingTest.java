package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.thidua.support.security.Role;

/** Each route sends its paths to its own service, with the request and the answer passed on unchanged. */
class RoutingTest extends GatewayTestSupport {

    /** Version 00, a trace id, the gateway's span as parent, "sampled" (every request by default). */
    private static final String GENERATED_TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("/api/campaigns", CAMPAIGN),
                Arguments.of("/api/units", CAMPAIGN),
                Arguments.of("/api/clusters", CAMPAIGN),
                Arguments.of("/api/award-types", NOMINATION),
                Arguments.of("/api/nominations", NOMINATION),
                Arguments.of("/api/public-notices", NOMINATION),
                Arguments.of("/api/council-sessions", NOMINATION),
                Arguments.of("/api/decisions", NOMINATION),
                Arguments.of("/api/awards", NOMINATION),
                Arguments.of("/api/initiatives", NOMINATION),
                Arguments.of("/api/people", NOMINATION),
                Arguments.of("/api/exemplars", EXEMPLAR),
                Arguments.of("/api/honour-board", EXEMPLAR),
                Arguments.of("/api/articles", PUBLICATION),
                Arguments.of("/api/channels", PUBLICATION),
                Arguments.of("/api/feeds", PUBLICATION),
                Arguments.of("/api/visits", PUBLICATION),
                Arguments.of("/api/publicity-duties", PUBLICATION));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("routes")
    void a_write_reaches_its_service_with_method_path_query_body_and_token_intact(String prefix,
            StandInService target) {
        String marker = UUID.randomUUID().toString();
        // Encoded Vietnamese, an encoded space and a repeated parameter: the raw query must arrive byte for byte.
        String rawPath = prefix + "/TD-2026%2001/sub-resource";
        String rawQuery = "q=%C4%90%E1%BB%8Bnh%20H%C3%B3a&tag=a&tag=b&marker=" + marker;
        String body = "{\"tên\":\"Phong trào thi đua \\\"Dân vận khéo\\\"\",\"năm\":2026}";
        String token = ISSUER.token("officer-1", "xa-dinh-hoa", Role.UNIT_OFFICER);

        client.method(HttpMethod.PUT).uri(URI.create(gatewayUrl(rawPath + "?" + rawQuery)))
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(target.name());

        StandInService other = target == CAMPAIGN ? PUBLICATION : CAMPAIGN;
        StandInService.Received received = target.find(marker).orElseThrow();
        assertThat(received.method()).isEqualTo("PUT");
        assertThat(received.rawPath()).isEqualTo(rawPath);
        assertThat(received.rawQuery()).isEqualTo(rawQuery);
        assertThat(received.body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(received.header(HttpHeaders.CONTENT_TYPE)).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        assertThat(received.header(HttpHeaders.IF_MATCH)).isEqualTo("\"3\"");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
        assertThat(other.find(marker)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("routes")
    void an_anonymous_read_of_the_collection_itself_is_routed(String prefix, StandInService target) {
        String marker = UUID.randomUUID().toString();
        client.get().uri(prefix + "?marker=" + marker)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(target.name());

        StandInService.Received received = target.find(marker).orElseThrow();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.rawPath()).isEqualTo(prefix);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
    }

    @Test
    void a_head_request_is_routed_anonymously() {
        String marker = UUID.randomUUID().toString();
        client.head().uri("/api/articles/1?marker=" + marker).exchange().expectStatus().isOk().expectBody().isEmpty();

        assertThat(PUBLICATION.find(marker).orElseThrow().method()).isEqualTo("HEAD");
    }

    @Test
    void an_api_path_no_route_claims_is_a_404_problem_and_reaches_no_service() {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/no-such-resources/1?marker=" + marker)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/not-found");

        assertThat(CAMPAIGN.find(marker)).isEmpty();
        assertThat(NOMINATION.find(marker)).isEmpty();
        assertThat(PUBLICATION.find(marker)).isEmpty();
    }

    /** The edge's rules come before routing: a write under /api/ needs a token even where no route would take it. */
    @Test
    void a_write_to_an_api_path_no_route_claims_is_a_401_without_a_token_and_a_404_with_one() {
        client.post().uri("/api/no-such-resources")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated");
        client.post().uri("/api/no-such-resources")
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.ADMIN)))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/not-found");
    }

    @Test
    void a_prefix_that_only_looks_like_a_route_is_not_routed() {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/campaignsX/1?marker=" + marker)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/not-found");

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @Test
    void a_service_problem_passes_through_untouched() {
        String marker = UUID.randomUUID().toString();
        byte[] body = client.post().uri("/api/campaigns/" + marker + "/" + StandInService.PROBLEM)
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh-thai-nguyen", Role.REVIEWER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Service-Header", "kept")
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(StandInService.PROBLEM_BODY);
    }

    @Test
    void validators_and_caching_headers_of_the_service_are_kept() {
        client.get().uri("/api/articles/42/" + StandInService.CACHED)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v7\"")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .expectBody().json("{\"version\":7}");
    }

    @Test
    void forwarded_headers_describe_the_real_client_and_spoofed_ones_are_dropped() {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/feeds/rss?marker=" + marker)
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.66;host=evil.example")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Void.class);

        StandInService.Received received = PUBLICATION.find(marker).orElseThrow();
        assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(received.header("Forwarded")).isNull();
    }

    @Test
    void every_request_reaches_the_service_with_a_trace_context() {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/units/1?marker=" + marker).exchange().expectStatus().isOk().expectBody(Void.class);

        assertThat(CAMPAIGN.find(marker).orElseThrow().header("traceparent")).matches(GENERATED_TRACEPARENT);
    }

    @Test
    void a_valid_trace_context_of_the_client_is_continued() {
        String marker = UUID.randomUUID().toString();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        client.get().uri("/api/units/1?marker=" + marker)
                .header("traceparent", traceparent)
                .header("tracestate", "vendor=1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Void.class);

        StandInService.Received received = CAMPAIGN.find(marker).orElseThrow();
        // Same trace; the parent is now the gateway's own span (W3C: a participating proxy replaces parent-id).
        assertThat(received.header("traceparent")).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");
        // Brave's W3C propagation carries no tracestate: other vendors' entries end at the gateway.
        assertThat(received.header("tracestate")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper-case hex
            "00-4bf92f3577b34da6a3ce929d0e0e4736",                     // truncated
            "not a trace context"})
    void an_invalid_trace_context_of_the_client_is_replaced_and_its_tracestate_dropped(String invalid) {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/units/1?marker=" + marker)
                .header("traceparent", invalid)
                .header("tracestate", "vendor=1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Void.class);

        StandInService.Received received = CAMPAIGN.find(marker).orElseThrow();
        assertThat(received.header("traceparent")).matches(GENERATED_TRACEPARENT)
                .doesNotContain("-00000000000000000000000000000000-");
        assertThat(received.header("tracestate")).isNull();
    }

    @Test
    void the_trace_id_of_a_gateway_problem_is_the_one_the_service_received() {
        String marker = UUID.randomUUID().toString();
        String problem = client.post().uri("/api/clusters/" + marker + "/" + StandInService.BROKEN)
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.REVIEWER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectBody(String.class).returnResult().getResponseBody();

        String forwarded = CAMPAIGN.find(marker).orElseThrow().header("traceparent");
        assertThat(forwarded).matches(GENERATED_TRACEPARENT);
        assertThat((String) JsonPath.read(problem, "$.traceId")).isEqualTo(forwarded.split("-")[1]);
    }
}
