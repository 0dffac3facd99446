package vn.thidua.gateway.views;

import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The calls a view makes. Each has a timeout and goes through the service's circuit breaker; whatever goes wrong
 * becomes a {@link Part.Missing} naming the service, never an error, so that a view always answers with the other
 * parts. The caller's token is relayed: each service applies its own access rules to what the view shows.
 */
public final class Downstream {

    private static final Logger log = LoggerFactory.getLogger(Downstream.class);

    private final WebClient client;
    private final ServiceDirectory services;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final ViewProperties properties;

    public Downstream(WebClient client, ServiceDirectory services, ReactiveCircuitBreakerFactory<?, ?> breakers,
                      ViewProperties properties) {
        this.client = client;
        this.services = services;
        this.breakers = breakers;
        this.properties = properties;
    }

    public Mono<Part> get(ServerWebExchange caller, String service, String pathAndQuery) {
        URI base = services.uri(service).orElse(null);
        if (base == null) {
            return Mono.just(new Part.Missing(service, "no route"));
        }
        String authorization = caller.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        Mono<Part> call = client.get()
                .uri(base.resolve(pathAndQuery))
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    if (response.statusCode().is2xxSuccessful()) {
                        // An empty answer has nothing to show; an empty Mono would silently drop the whole view.
                        return response.bodyToMono(JsonNode.class).map(body -> (Part) new Part.Found(body))
                                .defaultIfEmpty(new Part.Absent(status));
                    }
                    if (response.statusCode().is4xxClientError()) {
                        // Not found, hidden from this user, or a request the service refuses: an answer, not an
                        // outage, so the part is absent without counting against the service's breaker.
                        return response.releaseBody().thenReturn((Part) new Part.Absent(status));
                    }
                    return response.releaseBody().then(Mono.error(new DownstreamException(service + " answered "
                            + status)));
                })
                .timeout(properties.callTimeout());
        return breakers.create(service)
                .run(call, failure -> Mono.just(missing(service, pathAndQuery, failure)));
    }

    private static Part missing(String service, String path, Throwable failure) {
        String reason = failure instanceof TimeoutException ? "timeout" : failure.getClass().getSimpleName();
        log.warn("View part {} {} missing: {}", service, path, failure.toString());
        return new Part.Missing(service, reason);
    }

    static final class DownstreamException extends RuntimeException {
        DownstreamException(String message) {
            super(message, null, false, false);
        }
    }
}
