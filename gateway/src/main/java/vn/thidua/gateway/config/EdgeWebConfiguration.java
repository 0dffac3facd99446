package vn.thidua.gateway.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import vn.thidua.gateway.edge.ApiSecurityHeadersFilter;
import vn.thidua.gateway.edge.BodySizeLimitFilter;
import vn.thidua.gateway.edge.ClientAddressHeaderFilter;
import vn.thidua.gateway.edge.ClientAddresses;
import vn.thidua.gateway.edge.CorsFilter;
import vn.thidua.gateway.edge.InMemoryRateLimiter;
import vn.thidua.gateway.edge.RateLimitFilter;
import vn.thidua.gateway.edge.RateLimiter;
import vn.thidua.gateway.edge.RedisRateLimiter;
import vn.thidua.gateway.web.CurrentTraceId;
import vn.thidua.gateway.web.UpstreamFailureHandler;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.TraceIdResolver;

@Configuration(proxyBeanMethods = false)
public class EdgeWebConfiguration {

    @Bean
    UpstreamFailureHandler upstreamFailureHandler(ProblemWriter problems, GatewayProperties properties) {
        return new UpstreamFailureHandler(problems, properties.unavailableRetryAfter());
    }

    /** Replaces web-support's header-only resolver: the gateway quotes its own span's trace, which it forwards. */
    @Bean
    TraceIdResolver traceIdResolver() {
        return new CurrentTraceId();
    }

    @Bean
    ClientAddresses clientAddresses(EdgeProperties edge) {
        return new ClientAddresses(edge.trustedProxies());
    }

    @Bean
    ClientAddressHeaderFilter clientAddressHeaderFilter(ClientAddresses clients) {
        return new ClientAddressHeaderFilter(clients);
    }

    /** Redis only when asked for: a single gateway needs no server beside it. */
    @Bean
    RateLimiter rateLimiter(EdgeProperties edge, ObjectProvider<ReactiveStringRedisTemplate> redis) {
        EdgeProperties.RateLimits limits = edge.rateLimit();
        return limits.store() == EdgeProperties.Store.REDIS
                ? new RedisRateLimiter(redis.getObject())
                : new InMemoryRateLimiter(limits.maxKeys(), limits.idleExpiry());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimiter limiter, ClientAddresses clients, ProblemWriter problems,
                                    EdgeProperties edge, GatewayProperties gateway) {
        return new RateLimitFilter(limiter, clients, problems, edge.rateLimit().publicWrites(),
                edge.rateLimit().userWrites(), gateway.publicWrites());
    }

    @Bean
    BodySizeLimitFilter bodySizeLimitFilter(EdgeProperties edge, ProblemWriter problems) {
        return new BodySizeLimitFilter(edge.maxRequestBody(), problems);
    }

    @Bean
    CorsFilter corsFilter(EdgeProperties edge, ProblemWriter problems) {
        return new CorsFilter(edge.corsOrigins(), problems);
    }

    @Bean
    ApiSecurityHeadersFilter apiSecurityHeadersFilter() {
        return new ApiSecurityHeadersFilter();
    }
}
