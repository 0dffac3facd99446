package vn.thidua.gateway.edge;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who the client is, as the edge resolved it ({@link ClientAddresses}: the connection, or the
 * address a trusted proxy vouches for), in a single-entry {@code X-Forwarded-For}. Runs after Spring Cloud Gateway's
 * own forwarded-headers filter, whose list would keep only proxy addresses, so that a service counting visitors or
 * logging a request sees the same client the rate limiter counted. Services are reachable only through the gateway,
 * so they may believe this header.
 */
public final class ClientAddressHeaderFilter implements HttpHeadersFilter, Ordered {

    private final ClientAddresses clients;

    public ClientAddressHeaderFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set("X-Forwarded-For", clients.of(exchange.getRequest()));
        return headers;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
