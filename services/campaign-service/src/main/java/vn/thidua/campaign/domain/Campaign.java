package vn.thidua.campaign.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.campaign.domain.review.Review;
import vn.thidua.campaign.domain.review.ReviewStage;
import vn.thidua.campaign.domain.review.Scoring;
import vn.thidua.campaign.domain.review.UnitResult;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.campaign.CampaignClosed;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.ClosingOutcome;
import vn.thidua.contracts.events.campaign.ClusterRanking;
import vn.thidua.contracts.events.campaign.RankedUnit;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.text.VietnameseText;

/**
 * An emulation campaign (phong trào thi đua): its definition as the authority's plan wrote it, and where it is in
 * its life. Immutable: a command returns the next state together with the event that tells the others.
 *
 * @param searchKey the folded title, citation and launching unit, for searching without diacritics
 * @param reviews   the mid-term and final reviews recorded so far, oldest first
 * @param version   the aggregate version; the next event carries {@code version + 1}
 */
public record Campaign(
        String id,
        String provinceCode,
        CampaignDefinition definition,
        CampaignStatus status,
        String searchKey,
        Instant createdAt,
        String createdBy,
        Instant launchedAt,
        String launchedBy,
        String copiedFromCampaignId,
        List<Review> reviews,
        Instant closedAt,
        String closedBy,
        String cancellationReason,
        long version) {

    public Campaign {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A new draft, version 1 once stored. The definition must already be {@link CampaignDefinition#normalised()}. */
    public static Campaign draft(String id, String provinceCode, CampaignDefinition definition, Instant now,
                                 String createdBy) {
        return new Campaign(id, provinceCode, definition, CampaignStatus.DRAFT, searchKeyOf(definition), now,
                createdBy, null, null, null, List.of(), null, null, null, 1);
    }

    /**
     * The next state and the event that tells the other services about it; {@code event} is null when nobody
     * outside needs to know (a draft was edited or cancelled before anyone saw it).
     */
    public record Transition(Campaign campaign, DomainEvent event) {
    }

    /** The launched campaign and its {@code CampaignLaunched} event. */
    public record Launch(Campaign campaign, CampaignLaunched event) {
    }

    /** The campaign's year: the year its period starts, the one registrations and clusters are counted in. */
    public int year() {
        return definition.period().from().getYear();
    }

    /** A draft's plan rewritten (e.g. a copy brought up to date); only drafts can change. */
    public Campaign redefine(CampaignDefinition normalised) {
        requireTransition(CampaignStatus.DRAFT, "redefine", "sửa");
        return new Campaign(id, provinceCode, normalised, status, searchKeyOf(normalised), createdAt, createdBy,
                launchedAt, launchedBy, copiedFromCampaignId, reviews, closedAt, closedBy, cancellationReason,
                version + 1);
    }

    /**
     * Phát động: only a draft can be launched, and only while its period has not ended (a plan for a past period
     * is a record, not a campaign anyone can still take part in).
     *
     * @param today the date in Vietnam, which decides whether the period has ended
     */
    public Launch launch(Instant now, LocalDate today, String launchedBy) {
        requireTransition(CampaignStatus.LAUNCHED, "launch", "phát động");
        LocalDate end = definition.period().to();
        if (end.isBefore(today)) {
            throw new BusinessRuleException("campaign-period-ended",
                    "Không thể phát động phong trào đã hết thời gian thực hiện (kết thúc ngày " + end + ").",
                    Map.of("periodTo", end.toString()));
        }
        var launched = new Campaign(id, provinceCode, definition, CampaignStatus.LAUNCHED, searchKey, createdAt,
                createdBy, now, launchedBy, copiedFromCampaignId, reviews, closedAt, closedBy, cancellationReason,
                version + 1);
        return new Launch(launched, launched.launchedEvent());
    }

    /**
     * Sơ kết or tổng kết: a mid-term review only of a launched campaign and only once; a final review of a
     * launched or mid-term-reviewed one. The event carries the full ranking.
     */
    public Transition review(Review review) {
        String action = review.stage() == ReviewStage.MID_TERM ? "review-mid-term" : "review-final";
        requireTransition(review.stage().reaches(), action, review.stage().label());
        var all = new ArrayList<>(reviews);
        all.add(review);
        var reviewed = new Campaign(id, provinceCode, definition, review.stage().reaches(), searchKey, createdAt,
                createdBy, launchedAt, launchedBy, copiedFromCampaignId, all, closedAt, closedBy, cancellationReason,
                version + 1);
        return new Transition(reviewed, reviewed.reviewedEvent(review));
    }

    /** Kết thúc: a campaign closes once its final review is recorded. */
    public Transition close(Instant now, String by) {
        requireTransition(CampaignStatus.CLOSED, "close", "kết thúc");
        var closed = new Campaign(id, provinceCode, definition, CampaignStatus.CLOSED, searchKey, createdAt,
                createdBy, launchedAt, launchedBy, copiedFromCampaignId, reviews, now, by, null, version + 1);
        return new Transition(closed, closed.closedEvent(ClosingOutcome.CLOSED));
    }

    /**
     * Hủy: a draft or a launched campaign can be cancelled, with a reason. Only a launched one tells the others:
     * nobody outside ever heard of a draft.
     */
    public Transition cancel(String reason, Instant now, String by) {
        requireTransition(CampaignStatus.CANCELLED, "cancel", "hủy");
        boolean wasPublic = status != CampaignStatus.DRAFT;
        var cancelled = new Campaign(id, provinceCode, definition, CampaignStatus.CANCELLED, searchKey, createdAt,
                createdBy, launchedAt, launchedBy, copiedFromCampaignId, reviews, now, by, reason, version + 1);
        return new Transition(cancelled, wasPublic ? cancelled.closedEvent(ClosingOutcome.CANCELLED) : null);
    }

    /**
     * The same plan one year on, as a new draft: every date moves by a year and the year in the title follows
     * ("… năm 2025" becomes "… năm 2026"). The legal basis stays as it was until the organiser edits the draft.
     */
    public Campaign copyForNextYear(String newId, Instant now, String by) {
        var d = definition;
        int from = d.period().from().getYear();
        String title = d.title().replace(String.valueOf(from), String.valueOf(from + 1));
        var period = new CampaignPeriod(d.period().from().plusYears(1),
                d.period().to().plusYears(1));
        var milestones = new CampaignMilestones(
                d.milestones().midTermReviewDue() == null ? null : d.milestones().midTermReviewDue().plusYears(1),
                d.milestones().finalReviewDue().plusYears(1));
        var next = new CampaignDefinition(title, d.kind(), d.launchingUnit(), d.signerTitle(), d.legalBasis(), period,
                d.scope(), d.goals(), d.criteria(), d.awardTypes(),
                d.registrationDeadline() == null ? null : d.registrationDeadline().plusYears(1), milestones);
        return new Campaign(newId, provinceCode, next, CampaignStatus.DRAFT, searchKeyOf(next), now, by, null, null,
                id, List.of(), null, null, null, 1);
    }

    private CampaignLaunched launchedEvent() {
        var d = definition;
        return new CampaignLaunched(id, version, provinceCode, d.launchingUnit(), d.signerTitle(), d.kind(), d.title(),
                d.legalBasis(), d.period(), d.scope(), d.goals(), d.criteria(), d.awardTypes(),
                d.registrationDeadline(), d.milestones(), launchedAt, launchedBy, copiedFromCampaignId);
    }

    private CampaignReviewed reviewedEvent(Review review) {
        Map<String, UnitResult> results = new HashMap<>();
        review.results().forEach(result -> results.put(result.unitCode(), result));
        var rankings = review.rankings().stream().map(ranking -> new ClusterRanking(
                ranking.clusterId(), ranking.clusterName(),
                ranking.leadingUnitCode() == null ? null : unitRef(results.get(ranking.leadingUnitCode())),
                ranking.ranking().stream().map(ranked -> new RankedUnit(ranked.rank(),
                        unitRef(results.get(ranked.unitCode())), ranked.total(),
                        results.get(ranked.unitCode()).scores())).toList())).toList();
        return new CampaignReviewed(id, version, provinceCode, definition.title(), definition.kind(),
                // The domain's stage (with its status and label) and the contract's share their names.
                vn.thidua.contracts.events.campaign.ReviewStage.valueOf(review.stage().name()), review.heldOn(),
                Scoring.maxTotal(definition.criteria()), rankings, review.summary(), review.recordedAt(),
                review.recordedBy());
    }

    /** A unit as the review named it; the code stands in for a name the registry did not have. */
    private static UnitRef unitRef(UnitResult result) {
        return new UnitRef(result.unitCode(), result.unitName() == null ? result.unitCode() : result.unitName());
    }

    private CampaignClosed closedEvent(ClosingOutcome outcome) {
        return new CampaignClosed(id, version, provinceCode, definition.launchingUnit(), definition.title(), outcome,
                cancellationReason, closedAt, closedBy);
    }

    private void requireTransition(CampaignStatus target, String action, String actionLabel) {
        boolean allowed = target == CampaignStatus.DRAFT ? status == CampaignStatus.DRAFT : status.canMoveTo(target);
        if (!allowed) {
            throw new IllegalTransitionException("Không thể " + actionLabel + " phong trào đang ở trạng thái \""
                    + status.label() + "\".", status.name(), action);
        }
    }

    private static String searchKeyOf(CampaignDefinition d) {
        return VietnameseText.fold(String.join(" ", d.title(), d.launchingUnit().name(),
                d.legalBasis().citation() == null ? "" : d.legalBasis().citation()));
    }
}
