package vn.thidua.gateway.docs;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Used as {@code - OpenApiThroughGateway} on a route that serves a service's OpenAPI document: replaces the
 * document's {@code servers}, which name the service's own address (unreachable from outside), with the gateway
 * itself, so that "Try it out" in the gateway's Swagger UI goes through the edge like any client.
 */
public class OpenApiThroughGatewayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;
    private final JsonMapper json = JsonMapper.builder().build();

    public OpenApiThroughGatewayGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody) {
        super(Object.class);
        this.modifyResponseBody = modifyResponseBody;
    }

    @Override
    public GatewayFilter apply(Object ignored) {
        return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> Mono.justOrEmpty(body)
                        .map(this::throughGateway)));
    }

    String throughGateway(String document) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (RuntimeException notJson) {
            return document;
        }
        if (!(root instanceof ObjectNode openApi) || !openApi.has("openapi")) {
            return document;
        }
        openApi.set("servers", json.valueToTree(List.of(Map.of("url", "/",
                "description", "Qua cổng API (gateway)"))));
        return json.writeValueAsString(openApi);
    }
}
