package vn.thidua.support.web;

import java.time.Duration;
import java.util.Map;
import vn.thidua.support.problem.ProblemException;

/** Too many requests from one caller (429); the answer carries {@code Retry-After}. */
public class RateLimitedException extends ProblemException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        this(retryAfter, "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau "
                + seconds(retryAfter) + " giây.");
    }

    public RateLimitedException(Duration retryAfter, String detail) {
        super(detail, Map.of(Problems.RETRY_AFTER, seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override public int status() { return 429; }
    @Override public String typeSlug() { return ProblemType.RATE_LIMITED.slug(); }
    @Override public String title() { return ProblemType.RATE_LIMITED.title(); }

    /** Whole seconds, rounded up and at least 1: {@code Retry-After: 0} would invite an immediate retry storm. */
    public static long seconds(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            return 1;
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
