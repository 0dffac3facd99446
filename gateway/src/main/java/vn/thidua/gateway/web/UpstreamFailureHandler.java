package vn.thidua.gateway.web;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.ProblemExceptionHandler;
import vn.thidua.support.web.ProblemType;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;
import vn.thidua.support.web.RateLimitedException;
import vn.thidua.support.web.ServiceUnavailableException;

/**
 * Answers a failed call to a service with a problem that names the service in the user's words: 503 (with
 * {@code Retry-After}) when it could not be reached, 504 when it did not answer in time, 502 when it broke off its
 * answer. Left to the defaults, a refused connection is a 500 (Spring Cloud Gateway alone) or web-support's 503
 * that names nothing, and an unknown host an "unexpected error" 500.
 *
 * <p>The same holds for the token issuer: when its key set cannot be fetched ({@link KeySetUnavailableException}),
 * the token was not refused, it could not be checked; the answer is a 503 naming the login service rather than a
 * 500 or web-support's anonymous 503.
 *
 * <p>Ordered before web-support's {@link ProblemExceptionHandler}, which gets everything else. Deliberately not an
 * {@code ErrorWebExceptionHandler}: that one would make web-support's handler back off.
 */
public class UpstreamFailureHandler implements WebExceptionHandler, Ordered {

    public static final int ORDER = ProblemExceptionHandler.ORDER - 1;
    /** Route metadata naming the service as users know it, completing "Dịch vụ …". */
    public static final String DISPLAY_NAME = "display-name";

    private static final Logger log = LoggerFactory.getLogger(UpstreamFailureHandler.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String SOME_SERVICE = "Một dịch vụ của hệ thống";
    private static final String LOGIN_SERVICE = "Dịch vụ đăng nhập";

    private final ProblemWriter problems;
    private final Duration retryAfter;

    public UpstreamFailureHandler(ProblemWriter problems, Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof KeySetUnavailableException) {
            return keySetUnavailable(exchange, error);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Optional<UpstreamFailure> failure = route == null ? Optional.empty() : UpstreamFailure.of(error);
        if (failure.isEmpty()) {
            return Mono.error(error);
        }
        log.warn("{} {} via route {}: {} ({})", exchange.getRequest().getMethod(),
                exchange.getRequest().getURI().getRawPath(), route.getId(), failure.get(), rootCause(error));
        log.debug("Failure of the call to {}", route.getUri(), error);
        String service = serviceName(route);
        boolean safe = SAFE.contains(exchange.getRequest().getMethod());
        return switch (failure.get()) {
            case UNREACHABLE -> unavailable(exchange, service + " tạm thời không phản hồi. Yêu cầu của bạn chưa"
                    + " được gửi tới dịch vụ này; vui lòng thử lại sau " + retryAfterSeconds() + " giây.");
            case TIMED_OUT -> write(exchange, failure.get(), service + " không trả lời kịp thời."
                    + afterUncertainOutcome(safe));
            case BROKEN -> write(exchange, failure.get(), service + " bị ngắt kết nối trước khi trả lời xong."
                    + afterUncertainOutcome(safe));
        };
    }

    private Mono<Void> keySetUnavailable(ServerWebExchange exchange, Throwable error) {
        log.warn("{} {}: the token could not be checked, the issuer's key set could not be fetched ({})",
                exchange.getRequest().getMethod(), exchange.getRequest().getURI().getRawPath(), rootCause(error));
        return unavailable(exchange, LOGIN_SERVICE + " tạm thời không phản hồi nên chưa kiểm tra được mã truy cập"
                + " của bạn. Vui lòng thử lại sau " + retryAfterSeconds() + " giây.");
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, String detail) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
        return write(exchange, Problems.of(new ServiceUnavailableException(detail, retryAfter)), headers);
    }

    private Mono<Void> write(ServerWebExchange exchange, UpstreamFailure failure, String detail) {
        return write(exchange, Problems.of(ProblemType.SERVICE_UNAVAILABLE, failure.status(), detail),
                HttpHeaders.EMPTY);
    }

    private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
        // A service that broke off after its status line has had its headers copied onto this response already;
        // Content-Encoding, Set-Cookie, Vary or Cache-Control of its answer must not describe this problem. The
        // gateway's own security headers are added when the response is committed, after this.
        exchange.getResponse().getHeaders().clear();
        return problems.write(exchange, problem, headers);
    }

    private static String afterUncertainOutcome(boolean safe) {
        return safe
                ? " Vui lòng thử lại sau ít phút."
                : " Thao tác có thể đã hoặc chưa được thực hiện: vui lòng tải lại dữ liệu để kiểm tra trước khi"
                        + " gửi lại.";
    }

    private static String serviceName(Route route) {
        Object name = route.getMetadata().get(DISPLAY_NAME);
        return name == null || name.toString().isBlank() ? SOME_SERVICE : "Dịch vụ " + name.toString().strip();
    }

    /** Rounded as web-support rounds the {@code retryAfter} member, so that the header, body and detail agree. */
    private long retryAfterSeconds() {
        return RateLimitedException.seconds(retryAfter);
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && depth < UpstreamFailure.MAX_CAUSE_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
