package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gateway's Swagger UI shows every service's OpenAPI document, pointed at the gateway. */
class ApiDocsTest extends GatewayTestSupport {

    @Test
    void a_services_document_is_served_through_the_gateway_with_the_gateway_as_its_server() {
        client.get().uri("/api/docs/campaign-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("campaign-service")
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/")
                .jsonPath("$.paths['/api/x']").exists();

        assertThat(CAMPAIGN.received()).anyMatch(request -> request.rawPath().equals("/v3/api-docs"));
    }

    @Test
    void the_swagger_ui_lists_the_gateway_and_every_service() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'gateway')].url").isEqualTo("/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'campaign-service')].url").isEqualTo("/api/docs/campaign-service")
                .jsonPath("$.urls[?(@.name == 'nomination-service')].url").isEqualTo("/api/docs/nomination-service")
                .jsonPath("$.urls[?(@.name == 'exemplar-service')].url").isEqualTo("/api/docs/exemplar-service")
                .jsonPath("$.urls[?(@.name == 'publication-service')].url").isEqualTo("/api/docs/publication-service");
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void the_gateways_own_document_describes_the_live_stream() {
        client.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/stream/public']").exists();
    }
}
