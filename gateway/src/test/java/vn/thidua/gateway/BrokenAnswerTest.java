package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.thidua.support.security.Role;

/** A service that drops the connection instead of answering, or in the middle of it, is a 502 problem, not a 500. */
class BrokenAnswerTest extends GatewayTestSupport {

    @Test
    void a_connection_closed_before_the_answer_is_a_502_problem_naming_the_service() {
        client.post().uri("/api/clusters/k1/" + StandInService.BROKEN)
                .header(HttpHeaders.AUTHORIZATION, bearer(ISSUER.token("u1", "tinh", Role.REVIEWER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Dịch vụ phong trào thi đua bị ngắt kết nối trước khi trả lời xong.")
                        .contains("có thể đã hoặc chưa được thực hiện"));
    }

    @Test
    void a_connection_closed_after_the_headers_is_a_502_problem_without_the_services_headers() {
        client.get().uri("/api/articles/a1/" + StandInService.CUT)
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectHeader().doesNotExist(HttpHeaders.VARY)
                .expectHeader().doesNotExist(HttpHeaders.ETAG)
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, cacheControl -> assertThat(cacheControl)
                        .doesNotContain("public").contains("no-store"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(502)
                .jsonPath("$.detail").isEqualTo("Dịch vụ tin bài và tuyên truyền bị ngắt kết nối trước khi trả lời"
                        + " xong. Vui lòng thử lại sau ít phút.");
    }
}
