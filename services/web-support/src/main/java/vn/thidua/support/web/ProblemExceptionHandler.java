package vn.thidua.support.web;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place where an exchange's errors become problem documents. A {@code WebExceptionHandler} rather than a
 * {@code @RestControllerAdvice} because an advice sees only what happens inside annotated controllers: unknown
 * paths, 405/406/415 from routing, functional routes and filters all end up here.
 *
 * <p>It replaces Boot's {@code DefaultErrorWebExceptionHandler} (which backs off when an
 * {@link ErrorWebExceptionHandler} exists) and is ordered before it anyway, in case another configuration brings
 * it back.
 */
public class ProblemExceptionHandler implements ErrorWebExceptionHandler, Ordered {

    /** Before Boot's default error handler (-1) and Spring's response-status handlers (0). */
    public static final int ORDER = -2;

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Part of another answer has gone out already; all that is left is to let the connection fail.
            return Mono.error(error);
        }
        ProblemResponse response = mapper.map(error, exchange);
        return writer.write(exchange, response.body(), response.headers());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
