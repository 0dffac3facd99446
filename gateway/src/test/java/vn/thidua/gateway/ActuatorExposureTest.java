package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway's probes and metrics answer on the management port only; the public port has no actuator at all. */
class ActuatorExposureTest extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
            "/actuator/prometheus", "/actuator/env", "/actuator/gateway/routes", "/actuator/heapdump"})
    void no_actuator_endpoint_answers_on_the_api_port(String path) {
        client.get().uri(path)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_and_probes_are_up_on_the_management_port(String path) {
        management().get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheus_on_the_management_port_tags_metrics_with_the_application() {
        // One routed request, so that the gateway's own request metrics exist too.
        client.get().uri("/api/campaigns").exchange().expectStatus().isOk();

        String metrics = management().get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("application=\"gateway\"");
        assertThat(metrics).contains("jvm_memory_used_bytes{");
    }

    @Test
    void info_answers_on_the_management_port() {
        management().get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/gateway/routes", "/actuator/heapdump", "/actuator/beans"})
    void nothing_else_is_exposed_on_the_management_port(String path) {
        management().get().uri(path).exchange().expectStatus().isNotFound();
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }
}
