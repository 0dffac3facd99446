package vn.thidua.campaign.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;

/**
 * An emulation campaign (phong trào thi đua): its definition as the authority's plan wrote it, and where it is in
 * its life. Immutable: a command returns the next state together with the event that tells the others.
 *
 * @param version the aggregate version; the next event carries {@code version + 1}
 */
public record Campaign(
        String id,
        String provinceCode,
        CampaignDefinition definition,
        CampaignStatus status,
        Instant createdAt,
        String createdBy,
        Instant launchedAt,
        String launchedBy,
        String copiedFromCampaignId,
        long version) {

    /** A new draft, version 1 once stored. The definition must already be {@link CampaignDefinition#normalised()}. */
    public static Campaign draft(String id, String provinceCode, CampaignDefinition definition, Instant now,
                                 String createdBy) {
        return new Campaign(id, provinceCode, definition, CampaignStatus.DRAFT, now, createdBy, null, null, null, 1);
    }

    /** The launched campaign and its {@code CampaignLaunched} event. */
    public record Launch(Campaign campaign, CampaignLaunched event) {
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
        var launched = new Campaign(id, provinceCode, definition, CampaignStatus.LAUNCHED, createdAt, createdBy, now,
                launchedBy, copiedFromCampaignId, version + 1);
        return new Launch(launched, launched.launchedEvent());
    }

    private CampaignLaunched launchedEvent() {
        var d = definition;
        return new CampaignLaunched(id, version, provinceCode, d.launchingUnit(), d.signerTitle(), d.kind(), d.title(),
                d.legalBasis(), d.period(), d.scope(), d.goals(), d.criteria(), d.awardTypes(),
                d.registrationDeadline(), d.milestones(), launchedAt, launchedBy, copiedFromCampaignId);
    }

    private void requireTransition(CampaignStatus target, String action, String actionLabel) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Không thể " + actionLabel + " phong trào đang ở trạng thái \""
                    + status.label() + "\".", status.name(), action);
        }
    }
}
