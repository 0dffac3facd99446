package vn.thidua.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers that make an API answer useless to a page that would embed or execute it, on top of Spring Security's
 * defaults ({@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code Cache-Control} when the service set none).
 * Only on {@code /api/**}: the API documentation pages need their scripts.
 */
public final class ApiSecurityHeadersFilter implements WebFilter, Ordered {

    public static final int ORDER = -400;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                headers.set("Referrer-Policy", "no-referrer");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
