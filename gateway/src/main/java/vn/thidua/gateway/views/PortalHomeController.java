package vn.thidua.gateway.views;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/portal/home}: the portal's front page in one call, anonymous. The five parts are fetched in
 * parallel; a part whose service is slow or down is {@code null} and its service is named under {@code degraded}.
 */
@RestController
public class PortalHomeController {

    private final Downstream downstream;

    public PortalHomeController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/portal/home")
    public Mono<Map<String, Object>> home(ServerWebExchange exchange) {
        return Mono.zip(
                        downstream.get(exchange, "campaign-service", "/api/campaigns?status=LAUNCHED&size=5"),
                        downstream.get(exchange, "publication-service",
                                "/api/articles?status=PUBLISHED&channel=portal&size=6"),
                        downstream.get(exchange, "exemplar-service", "/api/honour-board?size=6"),
                        downstream.get(exchange, "nomination-service", "/api/public-notices?status=OPEN&size=5"),
                        downstream.get(exchange, "publication-service", "/api/visits/stats"))
                .map(parts -> new ViewDocument()
                        .put("campaigns", parts.getT1())
                        .put("articles", parts.getT2())
                        .put("honourBoard", parts.getT3())
                        .put("publicNotices", parts.getT4())
                        .put("visits", parts.getT5())
                        .toMap());
    }
}
