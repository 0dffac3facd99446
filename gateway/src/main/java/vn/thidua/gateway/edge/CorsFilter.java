package vn.thidua.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;

/**
 * CORS for the portal's own origins only, on {@code /api/**}. Runs before security, so that a browser's preflight
 * (which carries no token) is answered here rather than refused as unauthenticated; a request from another origin
 * gets a 403 problem instead of Spring's empty one. Tokens travel in {@code Authorization}, never in cookies, so
 * credentials are not allowed.
 */
public final class CorsFilter implements WebFilter, Ordered {

    public static final int ORDER = -300;

    private final CorsConfiguration configuration;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    public CorsFilter(List<String> allowedOrigins, ProblemWriter problems) {
        this.problems = problems;
        configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
                "Last-Event-ID", "traceparent"));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                HttpHeaders.CONTENT_DISPOSITION));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            exchange.getResponse().getHeaders().clear();
            return problems.write(exchange, Problems.forbidden("Trang web ở địa chỉ "
                    + exchange.getRequest().getHeaders().getOrigin()
                    + " không được phép gọi API này từ trình duyệt."));
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Mono.empty();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
