package vn.thidua.gateway;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.support.security.Role;

/** The gateway configured as one of several instances: its write limits live in a real Redis server. */
class SharedRateLimitTest extends GatewayTestBase {

    static final RedisServerProcess REDIS = RedisServerProcess.start();
    static final StandInService CAMPAIGN = StandInService.shared("campaign-service");

    @DynamicPropertySource
    static void redisStore(DynamicPropertyRegistry registry) {
        ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", CAMPAIGN::url);
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_STORE", () -> "redis");
        registry.add("THIDUA_REDIS_URL", REDIS::url);
        registry.add("THIDUA_GATEWAY_REDIS_HEALTH", () -> "true");
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_USER", () -> "2/1h");
    }

    @Test
    void a_users_writes_are_counted_in_redis_and_refused_over_the_limit() {
        String token = ISSUER.token("reviewer-" + UUID.randomUUID(), "SNV-TN", Role.REVIEWER);
        for (int i = 0; i < 2; i++) {
            draft(token).expectStatus().isOk();
        }
        draft(token).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void the_gateway_is_ready_with_its_redis() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec draft(String token) {
        return client.post().uri("/api/campaigns")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }
}
