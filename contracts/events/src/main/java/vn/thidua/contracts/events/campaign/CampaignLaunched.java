package vn.thidua.contracts.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.campaign.CampaignLaunched.v1}: an authority launched (phát động) an emulation campaign.
 * The schema {@code contracts/schemas/campaign-service/CampaignLaunched.v1.json} is the source of truth.
 *
 * @param registrationDeadline null when units need not register
 * @param copiedFromCampaignId null when the campaign was not copied from another
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignLaunched(
        String campaignId,
        long aggregateVersion,
        String provinceCode,
        UnitRef launchingUnit,
        String signerTitle,
        CampaignKind kind,
        String title,
        LegalBasis legalBasis,
        CampaignPeriod period,
        CampaignScope scope,
        List<String> goals,
        List<Criterion> criteria,
        List<String> awardTypes,
        LocalDate registrationDeadline,
        CampaignMilestones milestones,
        Instant launchedAt,
        String launchedBy,
        String copiedFromCampaignId) implements DomainEvent {

    public CampaignLaunched {
        goals = EventLists.required(goals);
        criteria = EventLists.required(criteria);
        awardTypes = EventLists.required(awardTypes);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return campaignId;
    }
}
