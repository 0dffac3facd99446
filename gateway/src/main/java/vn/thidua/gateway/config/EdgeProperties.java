package vn.thidua.gateway.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.thidua.gateway.edge.RateLimit;

/**
 * What the edge protects the services with; application.yml sets every value from an environment variable.
 *
 * @param trustedProxies regular expression of the proxies whose {@code X-Forwarded-For} is believed (the same
 *                       variable as Spring Cloud Gateway's {@code trusted-proxies})
 * @param maxRequestBody larger request bodies are refused with 413
 * @param corsOrigins    the portal origins a browser may call the API from
 * @param rateLimit      write limits
 */
@ConfigurationProperties("thidua.gateway.edge")
public record EdgeProperties(String trustedProxies, DataSize maxRequestBody, List<String> corsOrigins,
                             RateLimits rateLimit) {

    public EdgeProperties {
        trustedProxies = trustedProxies == null ? "" : trustedProxies;
        maxRequestBody = maxRequestBody == null ? DataSize.ofMegabytes(10) : maxRequestBody;
        corsOrigins = corsOrigins == null ? List.of() : corsOrigins.stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).toList();
        if (corsOrigins.contains("*")) {
            throw new IllegalArgumentException("thidua.gateway.edge.cors-origins must list the portal's origins, not *");
        }
        rateLimit = rateLimit == null ? new RateLimits(null, null, null, 0, null) : rateLimit;
    }

    /**
     * @param store        MEMORY for one gateway instance, REDIS when several share the limits
     * @param publicWrites per client address, for anonymous public writes
     * @param userWrites   per user, for every other write
     * @param maxKeys      MEMORY only: how many addresses and users are remembered at most
     * @param idleExpiry   MEMORY only: a key idle this long is forgotten (its bucket would be full again by then)
     */
    public record RateLimits(Store store, RateLimit publicWrites, RateLimit userWrites, long maxKeys,
                             Duration idleExpiry) {

        public RateLimits {
            store = store == null ? Store.MEMORY : store;
            publicWrites = publicWrites == null ? RateLimit.valueOf("20/1m") : publicWrites;
            userWrites = userWrites == null ? RateLimit.valueOf("120/1m") : userWrites;
            maxKeys = maxKeys <= 0 ? 100_000 : maxKeys;
            idleExpiry = idleExpiry == null ? Duration.ofHours(1) : idleExpiry;
        }
    }

    public enum Store { MEMORY, REDIS }
}
