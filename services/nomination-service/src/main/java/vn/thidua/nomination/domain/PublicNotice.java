package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;

/**
 * A public notice (công khai, lấy ý kiến nhân dân) of nominees before the council meets. Its window of
 * {@code workingDays} working days starts when the portal really publishes it, not when it is created: until then
 * it is "awaiting posting". Objections filed in the window must all be resolved before any decision.
 *
 * @param closesOn the last day of the window (inclusive), known once posted
 */
public record PublicNotice(
        String id,
        String provinceCode,
        String title,
        int workingDays,
        List<Entry> entries,
        NoticeStatus status,
        String articleId,
        Instant postedAt,
        LocalDate closesOn,
        List<Objection> objections,
        Instant createdAt,
        String createdBy,
        Instant closedAt,
        long version) {

    public PublicNotice {
        entries = List.copyOf(entries);
        objections = objections == null ? List.of() : List.copyOf(objections);
    }

    /** What the notice legally publishes about one nominee. */
    public record Entry(String nominationId, String subjectId, SubjectKind subjectKind, String displayName,
                        String unitCode, String awardCode, String awardName, int year) {
    }

    public enum NoticeStatus {
        AWAITING_POSTING("Chờ đăng tải"),
        OPEN("Đang lấy ý kiến"),
        CLOSED("Đã kết thúc lấy ý kiến");

        private final String label;

        NoticeStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static PublicNotice create(String id, String provinceCode, String title, int workingDays,
                                      List<Entry> entries, Instant now, String by) {
        return new PublicNotice(id, provinceCode, title, workingDays, entries, NoticeStatus.AWAITING_POSTING, null,
                null, null, List.of(), now, by, null, 1);
    }

    /** The portal published the notice: the window runs from that instant. A re-publication changes nothing. */
    public PublicNotice posted(String articleId, Instant publishedAt, LocalDate closesOn) {
        if (status != NoticeStatus.AWAITING_POSTING) {
            throw new IllegalTransitionException("Thông báo công khai đã được đăng tải.", status.name(), "post");
        }
        return new PublicNotice(id, provinceCode, title, workingDays, entries, NoticeStatus.OPEN, articleId,
                publishedAt, closesOn, objections, createdAt, createdBy, closedAt, version + 1);
    }

    /** Whether the window is open on {@code today}: posted, and {@code today} is not after its last day. */
    public boolean windowOpenOn(LocalDate today) {
        return status == NoticeStatus.AWAITING_POSTING
                || status == NoticeStatus.OPEN && !today.isAfter(closesOn);
    }

    public PublicNotice object(Objection objection, LocalDate today) {
        if (status != NoticeStatus.OPEN || today.isAfter(closesOn)) {
            throw new BusinessRuleException("notice-window-not-open", status == NoticeStatus.AWAITING_POSTING
                    ? "Thông báo chưa được đăng tải công khai; chưa thể gửi ý kiến."
                    : "Thời hạn lấy ý kiến đã kết thúc" + (closesOn == null ? "." : " ngày " + closesOn + "."));
        }
        if (objection.nominationId() != null && entries.stream()
                .noneMatch(e -> e.nominationId().equals(objection.nominationId()))) {
            throw new NotFoundException("Thông báo không có trường hợp đề nghị \"" + objection.nominationId() + "\".");
        }
        var all = new ArrayList<>(objections);
        all.add(objection);
        return withObjections(all);
    }

    public PublicNotice resolve(String objectionId, Objection.Outcome outcome, String resolution, Instant now,
                                String by) {
        if (resolution == null || resolution.isBlank()) {
            throw new BusinessRuleException("resolution-required", "Phải ghi rõ kết quả giải quyết ý kiến.");
        }
        var all = new ArrayList<Objection>();
        boolean found = false;
        for (Objection o : objections) {
            if (o.id().equals(objectionId)) {
                if (o.outcome() != null) {
                    throw new IllegalTransitionException("Ý kiến này đã được giải quyết.", "RESOLVED", "resolve");
                }
                all.add(o.resolved(outcome, resolution, now, by));
                found = true;
            } else {
                all.add(o);
            }
        }
        if (!found) {
            throw NotFoundException.of("ý kiến", objectionId);
        }
        return withObjections(all);
    }

    /** Kết thúc lấy ý kiến: only after the window's last day. */
    public PublicNotice close(LocalDate today, Instant now) {
        if (status != NoticeStatus.OPEN) {
            throw new IllegalTransitionException("Chỉ kết thúc được thông báo đang lấy ý kiến (trạng thái hiện tại: \""
                    + status.label() + "\").", status.name(), "close");
        }
        if (!today.isAfter(closesOn)) {
            throw new BusinessRuleException("notice-window-open", "Thời hạn lấy ý kiến " + workingDays
                    + " ngày làm việc kéo dài đến hết ngày " + closesOn + "; chưa thể kết thúc.",
                    Map.of("closesOn", closesOn.toString()));
        }
        return new PublicNotice(id, provinceCode, title, workingDays, entries, NoticeStatus.CLOSED, articleId,
                postedAt, closesOn, objections, createdAt, createdBy, now, version + 1);
    }

    /** Unresolved objections concerning the nominee (those against the whole list included). */
    public long unresolvedObjections(String nominationId) {
        return objections.stream().filter(o -> o.outcome() == null)
                .filter(o -> o.nominationId() == null || o.nominationId().equals(nominationId)).count();
    }

    public long unresolvedObjections() {
        return objections.stream().filter(o -> o.outcome() == null).count();
    }

    public boolean upheldAgainst(String nominationId) {
        return objections.stream().anyMatch(o -> o.outcome() == Objection.Outcome.UPHELD
                && (o.nominationId() == null || o.nominationId().equals(nominationId)));
    }

    public Objection objection(String objectionId) {
        return objections.stream().filter(o -> o.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("ý kiến", objectionId));
    }

    private PublicNotice withObjections(List<Objection> all) {
        return new PublicNotice(id, provinceCode, title, workingDays, entries, status, articleId, postedAt, closesOn,
                all, createdAt, createdBy, closedAt, version + 1);
    }
}
