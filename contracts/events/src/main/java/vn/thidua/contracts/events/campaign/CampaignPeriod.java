package vn.thidua.contracts.events.campaign;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Calendar dates in Vietnam's calendar; {@code to} is the last day of the campaign (inclusive). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignPeriod(LocalDate from, LocalDate to) {
}
