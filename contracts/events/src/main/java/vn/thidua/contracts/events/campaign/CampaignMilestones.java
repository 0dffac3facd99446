package vn.thidua.contracts.events.campaign;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param midTermReviewDue due date of the sơ kết; null when the campaign has none */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignMilestones(LocalDate midTermReviewDue, LocalDate finalReviewDue) {
}
