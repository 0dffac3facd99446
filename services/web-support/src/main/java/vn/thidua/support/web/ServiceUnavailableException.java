package vn.thidua.support.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.thidua.support.problem.ProblemException;

/**
 * A dependency this request needs is unavailable (503): a downstream service, the database. Nothing was done; the
 * same request may succeed later, so the answer may carry {@code Retry-After}.
 */
public class ServiceUnavailableException extends ProblemException {

    static final String DEFAULT_DETAIL = "Hệ thống đang tạm thời gián đoạn nên chưa thể xử lý yêu cầu của bạn."
            + " Vui lòng thử lại sau ít phút.";

    private final Duration retryAfter;

    public ServiceUnavailableException() {
        this(DEFAULT_DETAIL, null);
    }

    public ServiceUnavailableException(String detail) {
        this(detail, null);
    }

    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(detail, retryAfter == null ? Map.of()
                : Map.of(Problems.RETRY_AFTER, RateLimitedException.seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override public int status() { return 503; }
    @Override public String typeSlug() { return ProblemType.SERVICE_UNAVAILABLE.slug(); }
    @Override public String title() { return ProblemType.SERVICE_UNAVAILABLE.title(); }
}
