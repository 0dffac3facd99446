package vn.thidua.publication.domain;

import java.util.EnumSet;
import java.util.Set;

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

    /** Statuses in which the article has been public at least once: its slug is then fixed for good. */
    public static final Set<ArticleStatus> EVER_PUBLISHED = EnumSet.of(PUBLISHED, WITHDRAWN, ARCHIVED);
}
