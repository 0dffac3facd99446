package vn.thidua.publication.domain;

/** The editorial workflow: draft → in review → approved → scheduled → published → withdrawn or archived. */
public enum ArticleStatus {
    DRAFT("Bản nháp"),
    IN_REVIEW("Chờ duyệt"),
    APPROVED("Đã duyệt"),
    SCHEDULED("Hẹn giờ đăng"),
    PUBLISHED("Đã đăng"),
    WITHDRAWN("Đã gỡ"),
    ARCHIVED("Lưu trữ");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
