package vn.thidua.gateway.edge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import vn.thidua.gateway.config.PublicWrite;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;
import vn.thidua.support.web.RateLimitedException;

/**
 * Writes are rate-limited at the edge, before any service spends work on them: an anonymous public write (a visit
 * counted, an objection filed) per client address, any other write per user. Reads are not limited here: they are
 * cheap, cached by clients, and a portal page makes many of them. Runs after authentication, so that an anonymous
 * write that is not public has been refused already and costs no bucket.
 */
public final class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (-100), before the gateway's routing. */
    public static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final RateLimiter limiter;
    private final ClientAddresses clients;
    private final ProblemWriter problems;
    private final RateLimit publicWrites;
    private final RateLimit userWrites;
    private final List<Public> publicPaths;

    public RateLimitFilter(RateLimiter limiter, ClientAddresses clients, ProblemWriter problems,
                           RateLimit publicWrites, RateLimit userWrites, List<PublicWrite> publicPaths) {
        this.limiter = limiter;
        this.clients = clients;
        this.problems = problems;
        this.publicWrites = publicWrites;
        this.userWrites = userWrites;
        this.publicPaths = publicPaths.stream()
                .map(write -> new Public(write.method(), PathPatternParser.defaultInstance.parse(write.pathPattern())))
                .toList();
    }

    private record Public(HttpMethod method, PathPattern pattern) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!WRITES.contains(method) || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return key(exchange)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(key -> key.isEmpty()
                        ? chain.filter(exchange)
                        : limiter.tryAcquire(key.get().value(), key.get().limit())
                                .flatMap(verdict -> verdict.allowed()
                                        ? chain.filter(exchange)
                                        : refuse(exchange, key.get(), verdict)));
    }

    /** The user for an authenticated write, the client address for an anonymous public one, else nothing to count. */
    private Mono<Key> key(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.isAuthenticated())
                .map(user -> new Key("user:" + user.getName(), userWrites))
                .switchIfEmpty(Mono.fromSupplier(() -> isPublic(exchange)
                        ? new Key("ip:" + clients.of(exchange.getRequest()), publicWrites)
                        : null));
    }

    private record Key(String value, RateLimit limit) {
    }

    private boolean isPublic(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        HttpMethod method = exchange.getRequest().getMethod();
        return publicPaths.stream().anyMatch(write -> write.method().equals(method) && write.pattern().matches(path));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Key key, RateLimiter.Verdict verdict) {
        log.info("Rate limit {} reached by {} on {} {}", key.limit(), key.value().startsWith("ip:") ? "an address"
                : key.value(), exchange.getRequest().getMethod(), exchange.getRequest().getPath());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RateLimitedException.seconds(verdict.retryAfter())));
        return problems.write(exchange, Problems.rateLimited(verdict.retryAfter()), headers);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
