package vn.thidua.support.web;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.thidua.support.problem.ProblemException;

/**
 * Ready-made problem documents, for code that answers outside the exception flow (security entry points, the
 * gateway's fallbacks) and so writes a {@link ProblemDetail} itself through {@link ProblemWriter}.
 */
public final class Problems {

    /** The extension member listing {@link FieldProblem}s. */
    public static final String ERRORS = "errors";
    /** The extension member carrying the trace id, when one is known. */
    public static final String TRACE_ID = "traceId";
    /** The extension member repeating {@code Retry-After} in seconds, for clients that cannot read headers. */
    public static final String RETRY_AFTER = "retryAfter";

    static final String INTERNAL_DETAIL = "Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại sau; nếu lỗi vẫn tiếp diễn,"
            + " hãy liên hệ quản trị viên và cung cấp mã truy vết (traceId) nếu có.";

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, type.status(), detail);
    }

    /** A problem of a known type answered with another status (e.g. a 504 from the gateway typed as unavailable). */
    public static ProblemDetail of(ProblemType type, int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(ProblemException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(exception.status()),
                exception.detail());
        problem.setType(ProblemType.uri(exception.typeSlug()));
        problem.setTitle(exception.title());
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail unauthenticated() {
        return unauthenticated("Bạn cần đăng nhập để thực hiện thao tác này. Nếu đã đăng nhập, phiên làm việc có thể"
                + " đã hết hạn: vui lòng đăng nhập lại.");
    }

    public static ProblemDetail unauthenticated(String detail) {
        return of(ProblemType.UNAUTHENTICATED, detail);
    }

    public static ProblemDetail forbidden() {
        return forbidden("Tài khoản của bạn không có quyền thực hiện thao tác này.");
    }

    public static ProblemDetail forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /** The body of a 429; send {@code retryAfter} as the {@code Retry-After} header too. */
    public static ProblemDetail rateLimited(Duration retryAfter) {
        long seconds = RateLimitedException.seconds(retryAfter);
        ProblemDetail problem = of(ProblemType.RATE_LIMITED,
                "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau " + seconds + " giây.");
        problem.setProperty(RETRY_AFTER, seconds);
        return problem;
    }

    public static ProblemDetail serviceUnavailable() {
        return serviceUnavailable(ServiceUnavailableException.DEFAULT_DETAIL);
    }

    public static ProblemDetail serviceUnavailable(String detail) {
        return of(ProblemType.SERVICE_UNAVAILABLE, detail);
    }

    /** Reveals nothing of the cause: that goes to the log, with the trace id that links the two. */
    public static ProblemDetail internal() {
        return of(ProblemType.INTERNAL, INTERNAL_DETAIL);
    }

    public static ProblemDetail validation(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(ProblemType.VALIDATION, detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }
}
