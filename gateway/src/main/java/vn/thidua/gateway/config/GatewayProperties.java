package vn.thidua.gateway.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own settings; routes and HTTP client timeouts stay under {@code spring.cloud.gateway.server.webflux}.
 *
 * @param unavailableRetryAfter what a 503 for an unreachable service tells clients to wait before retrying
 *                              ({@code Retry-After}); long enough for a restarting service to come back, short
 *                              enough that a user still waiting at the screen retries
 * @param publicWrites          the few writes a citizen makes without logging in, as {@code "METHOD /path/pattern"}
 *                              (counting a visit, filing an objection to a public notice); every other write needs
 *                              a token
 */
@ConfigurationProperties("thidua.gateway")
public record GatewayProperties(Duration unavailableRetryAfter, List<PublicWrite> publicWrites) {

    public GatewayProperties {
        publicWrites = publicWrites == null ? List.of() : List.copyOf(publicWrites);
        // application.yml sets it (and its variable); this is for a context that does not load that file.
        if (unavailableRetryAfter == null) {
            unavailableRetryAfter = Duration.ofSeconds(30);
        }
        if (unavailableRetryAfter.isNegative() || unavailableRetryAfter.isZero()) {
            throw new IllegalArgumentException("thidua.gateway.unavailable-retry-after must be positive, was "
                    + unavailableRetryAfter);
        }
    }
}
