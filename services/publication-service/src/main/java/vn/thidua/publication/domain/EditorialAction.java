package vn.thidua.publication.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step of the editorial workflow and the statuses it may start from. One table, so that the rule "which step
 * from where" is read in one place and tested at every edge.
 */
public enum EditorialAction {
    EDIT("sửa bài", EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED)),
    SUBMIT("gửi duyệt", EnumSet.of(ArticleStatus.DRAFT)),
    APPROVE("duyệt bài", EnumSet.of(ArticleStatus.IN_REVIEW)),
    REJECT("trả lại bài", EnumSet.of(ArticleStatus.IN_REVIEW)),
    SCHEDULE("hẹn giờ đăng", EnumSet.of(ArticleStatus.APPROVED, ArticleStatus.SCHEDULED)),
    PUBLISH("đăng bài", EnumSet.of(ArticleStatus.APPROVED, ArticleStatus.SCHEDULED)),
    WITHDRAW("gỡ bài", EnumSet.of(ArticleStatus.PUBLISHED)),
    ARCHIVE("lưu trữ bài", EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN));

    private final String label;
    private final Set<ArticleStatus> from;

    EditorialAction(String label, Set<ArticleStatus> from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(ArticleStatus status) {
        return from.contains(status);
    }
}
