package vn.thidua.support.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * A reactive service as small as it gets, with just the auto-configurations a web service stands on plus ours.
 * The module's other auto-configurations (outbox, Kafka publisher, Mongo) are left out on purpose: the error
 * handling must not need a broker or a database, and this way their progress cannot break these tests.
 * {@link ProblemHandlingAutoConfigurationTest} checks that ours is registered for real services.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        CodecsAutoConfiguration.class,
        ValidationAutoConfiguration.class,
        NettyReactiveWebServerAutoConfiguration.class,
        HttpHandlerAutoConfiguration.class,
        WebFluxAutoConfiguration.class,
        ErrorWebFluxAutoConfiguration.class,
        ProblemHandlingAutoConfiguration.class})
@Import(ProblemTestController.class)
class ProblemTestApplication {

    /** A functional route, to show that errors outside annotated controllers get the same treatment. */
    @Bean
    RouterFunction<ServerResponse> functionalRoutes(Validator validator) {
        return RouterFunctions.route()
                .POST("/fn/criteria", request -> request.bodyToMono(ProblemTestController.Criterion.class)
                        .flatMap(criterion -> {
                            var violations = validator.validate(criterion);
                            if (!violations.isEmpty()) {
                                return Mono.error(new ConstraintViolationException(violations));
                            }
                            return ServerResponse.ok().bodyValue(criterion);
                        }))
                .GET("/fn/boom", request -> Mono.error(new IllegalStateException("fn internals")))
                .build();
    }

    /** Stands in for a security entry point: it answers before any handler, through the shared writer. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter entryPoint(ProblemWriter writer) {
        return (exchange, chain) -> {
            String path = exchange.getRequest().getPath().value();
            if (path.equals("/secure/unauthenticated")) {
                return writer.write(exchange, Problems.unauthenticated());
            }
            if (path.equals("/secure/forbidden")) {
                return writer.write(exchange, Problems.forbidden());
            }
            return chain.filter(exchange);
        };
    }
}
