package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.text.VietnameseText;

/**
 * A nomination (đề nghị khen thưởng) of one subject for one award and year, and where it is in the procedure.
 * Immutable: each step returns the next state; the application layer writes it with its event.
 *
 * @param awardVersion  the catalogue version in force on {@code referenceDate}, by which it is judged
 * @param eligibility   the reasons found by the last check (empty: eligible)
 * @param flags         warnings raised at submission, e.g. another nomination of the same subject and award
 * @param returnCount   how many times appraisal returned it for supplement (at most once)
 */
public record Nomination(
        String id,
        String provinceCode,
        String proposingUnitCode,
        Subject subject,
        String awardCode,
        int awardVersion,
        int year,
        TimingType timingType,
        LocalDate referenceDate,
        String achievement,
        List<String> documents,
        NominationStatus status,
        int returnCount,
        List<Reason> eligibility,
        List<String> flags,
        String publicNoticeId,
        CouncilOutcome council,
        String decisionId,
        List<HistoryEntry> history,
        String searchKey,
        Instant createdAt,
        String createdBy,
        long version) {

    public Nomination {
        documents = documents == null ? List.of() : List.copyOf(documents);
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        flags = flags == null ? List.of() : List.copyOf(flags);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Nomination draft(String id, String provinceCode, String proposingUnitCode, Subject subject,
                                   String awardCode, int awardVersion, int year, TimingType timingType,
                                   LocalDate referenceDate, String achievement, List<String> documents,
                                   Instant now, String by) {
        String key = VietnameseText.fold(subject.displayName() + " " + achievement);
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year, timingType,
                referenceDate, achievement, documents, NominationStatus.DRAFT, 0, List.of(), List.of(), null, null,
                null, List.of(new HistoryEntry(now, by, NominationStatus.DRAFT, null)), key, now, by, 1);
    }

    /** Trình: a draft, or a returned dossier once supplemented, goes to appraisal with the current check's result. */
    public Nomination submit(List<Reason> reasons, List<String> newFlags, Instant now, String by) {
        return moveTo(NominationStatus.SUBMITTED, "trình", now, by, null)
                .with(reasons, newFlags);
    }

    /**
     * Trả lại để bổ sung: allowed once, always with a reason. A second incompleteness is not a second return: the
     * dossier is rejected, which is {@link #rejectAsIncomplete}.
     */
    public Nomination returnForSupplement(String reason, Instant now, String by) {
        requireReason(reason);
        if (returnCount >= 1) {
            throw new BusinessRuleException("second-return-not-allowed",
                    "Hồ sơ chỉ được trả lại để bổ sung một lần; hồ sơ này đã bị trả lại một lần, nếu vẫn chưa đầy đủ "
                            + "thì phải từ chối (không xét tiếp).", Map.of("returnCount", returnCount));
        }
        Nomination returned = moveTo(NominationStatus.RETURNED, "trả lại", now, by, reason);
        return returned.withReturnCount(returnCount + 1);
    }

    /** The dossier is incomplete again after its one return: it is rejected, with the reason. */
    public Nomination rejectAsIncomplete(String reason, Instant now, String by) {
        requireReason(reason);
        if (returnCount < 1) {
            throw new BusinessRuleException("first-incompleteness-returns",
                    "Hồ sơ chưa đầy đủ lần đầu phải được trả lại để bổ sung, chưa thể từ chối vì lý do này.");
        }
        return moveTo(NominationStatus.REJECTED, "từ chối", now, by, reason);
    }

    /**
     * Thẩm định: the check is run again; an eligible dossier goes to public notice when its award requires one,
     * otherwise straight to the council; an ineligible one is rejected with its reasons.
     */
    public Nomination appraise(List<Reason> reasons, boolean requiresPublicNotice, Instant now, String by) {
        NominationStatus target = !reasons.isEmpty() ? NominationStatus.REJECTED
                : requiresPublicNotice ? NominationStatus.AWAITING_NOTICE : NominationStatus.READY_FOR_COUNCIL;
        String note = reasons.isEmpty() ? null
                : String.join(" ", reasons.stream().map(Reason::message).toList());
        return moveTo(target, "thẩm định", now, by, note).with(reasons, flags);
    }

    public Nomination putOnNotice(String noticeId, Instant now, String by) {
        Nomination moved = moveTo(NominationStatus.IN_PUBLIC_NOTICE, "đưa ra công khai", now, by, null);
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year,
                timingType, referenceDate, achievement, documents, moved.status, returnCount, eligibility, flags,
                noticeId, council, decisionId, moved.history, searchKey, createdAt, createdBy, moved.version);
    }

    public Nomination noticeClosed(Instant now, String by) {
        return moveTo(NominationStatus.READY_FOR_COUNCIL, "kết thúc công khai", now, by, null);
    }

    /** An objection against this nominee was upheld during the public notice: it cannot go on. */
    public Nomination rejectAfterObjection(String resolution, Instant now, String by) {
        return moveTo(NominationStatus.REJECTED, "từ chối sau khi giải quyết ý kiến", now, by, resolution);
    }

    public Nomination putBeforeCouncil(String sessionId, Instant now, String by) {
        Nomination moved = moveTo(NominationStatus.IN_COUNCIL, "đưa ra Hội đồng", now, by, null);
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year,
                timingType, referenceDate, achievement, documents, moved.status, returnCount, eligibility, flags,
                publicNoticeId, new CouncilOutcome(sessionId, 0, 0, 0, false), decisionId, moved.history, searchKey,
                createdAt, createdBy, moved.version);
    }

    public Nomination councilDecided(CouncilOutcome outcome, Instant now, String by) {
        NominationStatus target = outcome.approved() ? NominationStatus.APPROVED : NominationStatus.NOT_APPROVED;
        Nomination moved = moveTo(target, "ghi kết quả bỏ phiếu", now, by, outcome.yes() + "/" + outcome.members()
                + " phiếu đồng ý");
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year,
                timingType, referenceDate, achievement, documents, moved.status, returnCount, eligibility, flags,
                publicNoticeId, outcome, decisionId, moved.history, searchKey, createdAt, createdBy, moved.version);
    }

    public Nomination granted(String decisionId, Instant now, String by) {
        Nomination moved = moveTo(NominationStatus.GRANTED, "ra quyết định", now, by, null);
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year,
                timingType, referenceDate, achievement, documents, moved.status, returnCount, eligibility, flags,
                publicNoticeId, council, decisionId, moved.history, searchKey, createdAt, createdBy, moved.version);
    }

    /** Whether this nomination and {@code other} propose the same subject for the same award and period. */
    public boolean overlaps(Nomination other) {
        return !other.id.equals(id) && other.subject.kind() == subject.kind() && other.subject.id().equals(subject.id())
                && other.awardCode.equals(awardCode) && other.year == year
                && other.status != NominationStatus.REJECTED && other.status != NominationStatus.NOT_APPROVED;
    }

    public void requireTransition(NominationStatus target, String actionLabel) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Không thể " + actionLabel + " hồ sơ đề nghị đang ở trạng thái \""
                    + status.label() + "\".", status.name(), actionLabel);
        }
    }

    private Nomination moveTo(NominationStatus target, String actionLabel, Instant now, String by, String note) {
        requireTransition(target, actionLabel);
        var steps = new ArrayList<>(history);
        steps.add(new HistoryEntry(now, by, target, note));
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year, timingType,
                referenceDate, achievement, documents, target, returnCount, eligibility, flags, publicNoticeId,
                council, decisionId, steps, searchKey, createdAt, createdBy, version + 1);
    }

    private Nomination with(List<Reason> reasons, List<String> newFlags) {
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year, timingType,
                referenceDate, achievement, documents, status, returnCount, reasons, newFlags, publicNoticeId,
                council, decisionId, history, searchKey, createdAt, createdBy, version);
    }

    private Nomination withReturnCount(int count) {
        return new Nomination(id, provinceCode, proposingUnitCode, subject, awardCode, awardVersion, year, timingType,
                referenceDate, achievement, documents, status, count, eligibility, flags, publicNoticeId, council,
                decisionId, history, searchKey, createdAt, createdBy, version);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason-required",
                    "Phải ghi rõ lý do khi trả lại hoặc từ chối hồ sơ đề nghị khen thưởng.");
        }
    }
}
