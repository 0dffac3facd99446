package vn.thidua.contracts.events.campaign;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A unit's score on one criterion of the campaign, never above the criterion's maximum. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionScore(String criterionCode, BigDecimal score) {
}
