package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.thidua.support.security.Role;

/** A service that takes longer than the response timeout is answered for: 504, never a hanging request. */
class SlowServiceTest extends GatewayTestSupport {

    @Test
    void a_read_from_a_slow_service_is_a_504_problem_after_the_response_timeout() {
        // A fast request first, so that the time measured below is the timeout, not a cold route's first use.
        client.get().uri("/api/campaigns/c1").exchange().expectStatus().isOk().expectBody(Void.class);

        Instant start = Instant.now();
        client.get().uri("/api/campaigns/c1/" + StandInService.SLOW)
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.detail").isEqualTo(
                        "Dịch vụ phong trào thi đua không trả lời kịp thời. Vui lòng thử lại sau ít phút.")
                .jsonPath("$.traceId").isNotEmpty();

        assertThat(Duration.between(start, Instant.now()))
                .isGreaterThanOrEqualTo(RESPONSE_TIMEOUT)
                // Well before the stand-in's 10 s: the gateway gave up, it did not wait for the answer.
                .isLessThan(RESPONSE_TIMEOUT.plusSeconds(6));
    }

    @Test
    void a_write_to_a_slow_service_warns_that_it_may_have_been_applied() {
        client.post().uri("/api/articles/a1/" + StandInService.SLOW)
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("editor-1", "tinh", Role.EDITOR)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Dịch vụ tin bài và tuyên truyền không trả lời kịp thời.")
                        .contains("có thể đã hoặc chưa được thực hiện"));
    }
}
