package vn.thidua.support.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The problem types every service answers with. The slug is part of the public contract (clients switch on the
 * {@code type} URI), so a slug is never renamed; the Vietnamese title may be reworded.
 */
public enum ProblemType {

    VALIDATION("validation", 400, "Dữ liệu không hợp lệ"),
    MALFORMED_REQUEST("malformed-request", 400, "Yêu cầu không đúng định dạng"),
    UNAUTHENTICATED("unauthenticated", 401, "Chưa đăng nhập"),
    FORBIDDEN("forbidden", 403, "Không có quyền truy cập"),
    NOT_FOUND("not-found", 404, "Không tìm thấy"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Không thể trả về định dạng được yêu cầu"),
    CONCURRENT_CHANGE("concurrent-change", 409, "Dữ liệu đã bị thay đổi đồng thời"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "Thao tác không hợp lệ ở trạng thái hiện tại"),
    STALE_VERSION("stale-version", 412, "Phiên bản dữ liệu đã cũ"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Dữ liệu gửi lên quá lớn"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Kiểu nội dung không được hỗ trợ"),
    BUSINESS_RULE("business-rule", 422, "Yêu cầu không đáp ứng quy định"),
    RATE_LIMITED("rate-limited", 429, "Quá nhiều yêu cầu"),
    INTERNAL("internal", 500, "Lỗi hệ thống"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Dịch vụ tạm thời không khả dụng");

    /** Every type URI starts with this; the slug follows. */
    public static final String BASE = "https://thidua.vn/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    /** The status this type is normally answered with. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri(slug);
    }

    /** The type URI of any slug, including those of {@link vn.thidua.support.problem.ProblemException}s. */
    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
