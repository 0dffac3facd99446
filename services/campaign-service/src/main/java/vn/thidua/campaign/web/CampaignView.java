package vn.thidua.campaign.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.UnitRef;

/** A campaign as the API shows it: the definition's fields at the top level, with the status and its label. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignView(
        String id,
        String provinceCode,
        String title,
        CampaignKind kind,
        CampaignStatus status,
        String statusLabel,
        UnitRef launchingUnit,
        String signerTitle,
        LegalBasis legalBasis,
        CampaignPeriod period,
        CampaignScope scope,
        List<String> goals,
        List<Criterion> criteria,
        List<String> awardTypes,
        LocalDate registrationDeadline,
        CampaignMilestones milestones,
        Instant createdAt,
        String createdBy,
        Instant launchedAt,
        String launchedBy,
        String copiedFromCampaignId,
        long version) {

    static CampaignView of(Campaign c) {
        var d = c.definition();
        return new CampaignView(c.id(), c.provinceCode(), d.title(), d.kind(), c.status(), c.status().label(),
                d.launchingUnit(), d.signerTitle(), d.legalBasis(), d.period(), d.scope(), d.goals(), d.criteria(),
                d.awardTypes(), d.registrationDeadline(), d.milestones(), c.createdAt(), c.createdBy(),
                c.launchedAt(), c.launchedBy(), c.copiedFromCampaignId(), c.version());
    }
}
