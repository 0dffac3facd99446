package vn.thidua.gateway.views;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration(proxyBeanMethods = false)
public class ViewsConfiguration {

    /**
     * The views' calls are observed (which sends the request's {@code traceparent} on to the services) under a
     * name of their own: the gateway's routes already record {@code http.client.requests} with other tag keys,
     * and Micrometer keeps only one set of tag keys per meter name.
     */
    public static final String VIEW_CALLS_OBSERVATION = "http.client.view.requests";

    /**
     * One breaker per service: after {@code failureRate}% failures among the last {@code window} calls it opens and
     * views stop waiting on that service for {@code openFor}. Resilience4j's own time limit is set to the whole
     * budget; the tighter per-call timeout is {@link Downstream}'s.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> viewBreakers(ViewProperties views) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .failureRateThreshold(views.failureRate())
                        .slidingWindowSize(views.window())
                        .minimumNumberOfCalls(Math.max(2, views.window() / 2))
                        .waitDurationInOpenState(views.openFor())
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(views.budget()).build())
                .build());
    }

    @Bean
    ServiceDirectory serviceDirectory(GatewayProperties routes) {
        return new ServiceDirectory(routes);
    }

    @Bean
    Downstream downstream(ServiceDirectory services, ReactiveCircuitBreakerFactory<?, ?> breakers,
                          ViewProperties views, ObjectProvider<ObservationRegistry> observations) {
        // The whole call's timeout is Downstream's; a refused or unreachable address should fail sooner still.
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(1000, views.callTimeout().toMillis()));
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http))
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .observationConvention(new DefaultClientRequestObservationConvention(VIEW_CALLS_OBSERVATION))
                .build();
        return new Downstream(client, services, breakers, views);
    }
}
