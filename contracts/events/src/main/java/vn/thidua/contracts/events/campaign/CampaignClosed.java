package vn.thidua.contracts.events.campaign;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;

/**
 * {@code vn.thidua.campaign.CampaignClosed.v1}: a launched campaign ended, closed after its final review or
 * cancelled. Nothing more is registered or reviewed in it. The schema
 * {@code contracts/schemas/campaign-service/CampaignClosed.v1.json} is the source of truth.
 *
 * @param reason why it was cancelled; null for a regular close
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignClosed(
        String campaignId,
        long aggregateVersion,
        String provinceCode,
        UnitRef launchingUnit,
        String title,
        ClosingOutcome outcome,
        String reason,
        Instant closedAt,
        String closedBy) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return campaignId;
    }
}
