package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.http.MediaType;

/** The gateway's probes and metrics answer on the management port only; the public port has no actuator at all. */
class ActuatorExposureTest extends GatewayTestSupport {

    @Autowired
    PathMappedEndpoints exposedEndpoints;

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
    void prometheus_on_the_management_port_tags_metrics_with_the_application_and_proxied_calls_with_the_route() {
        // One routed request, so that there is a proxied call to count.
        client.get().uri("/api/campaigns").exchange().expectStatus().isOk().expectBody(Void.class);

        // With latency histograms the page outgrows the client's default 256 KB buffer.
        String metrics = management().mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("application=\"gateway\"");
        assertThat(metrics).contains("jvm_memory_used_bytes{");
        assertThat(metrics.lines().filter(line -> line.startsWith("http_client_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("spring_cloud_gateway_route_id=\"campaign-service\""));
        // Per route, with latency buckets, for the dashboards' rate, error-ratio and p95 panels.
        assertThat(metrics.lines().filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("routeId=\"campaign-service\"")
                        .contains("httpStatusCode=\"200\"").contains("outcome=\"SUCCESSFUL\""));
        assertThat(metrics.lines().filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{")))
                .anySatisfy(line -> assertThat(line).contains("routeId=\"campaign-service\""));
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")))
                .anySatisfy(line -> assertThat(line).contains("uri=").contains("status="));
        for (String jvm : new String[] {"jvm_memory_used_bytes{", "jvm_memory_max_bytes{", "jvm_gc_pause_seconds_count{",
                "process_cpu_usage{", "jvm_threads_live_threads{", "process_uptime_seconds{"}) {
            assertThat(metrics).contains(jvm);
        }
    }

    @Test
    void info_answers_on_the_management_port() {
        management().get().uri("/actuator/info").exchange().expectStatus().isOk().expectBody().json("{}");
    }

    /**
     * The exposure itself, pinned: health, info and prometheus, nothing else. (The discovery page that would list
     * them is not served: the edge's security rules answer 404 for everything they do not explicitly open.)
     */
    @Test
    void only_health_info_and_prometheus_are_exposed() {
        assertThat(exposedEndpoints.getAllRootPaths()).containsExactlyInAnyOrder("health", "info", "prometheus");

        management().get().uri("/actuator").exchange().expectStatus().isNotFound().expectBody(Void.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/gateway/routes", "/actuator/heapdump", "/actuator/beans"})
    void nothing_else_is_exposed_on_the_management_port(String path) {
        management().get().uri(path).exchange().expectStatus().isNotFound().expectBody(Void.class);
    }
}
