package vn.thidua.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.gateway.web.TraceparentFilter;
import vn.thidua.gateway.web.UpstreamFailureHandler;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.TraceIdResolver;

@Configuration(proxyBeanMethods = false)
public class EdgeWebConfiguration {

    @Bean
    UpstreamFailureHandler upstreamFailureHandler(ProblemWriter problems, GatewayProperties properties) {
        return new UpstreamFailureHandler(problems, properties.unavailableRetryAfter());
    }

    @Bean
    TraceparentFilter traceparentFilter() {
        return new TraceparentFilter();
    }

    /** Replaces web-support's header-only resolver: the exception handlers see the request before it was mutated. */
    @Bean
    TraceIdResolver traceIdResolver() {
        return TraceparentFilter.resolver();
    }
}
