package vn.thidua.campaign.domain.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's result in a review: its scores in the campaign's criterion order and its weighted total.
 *
 * @param total Σ score ÷ maxScore × weight over the criteria, to two decimals: out of the sum of the weights
 *              (usually 100), whatever scale each criterion is scored on
 */
public record UnitResult(String unitCode, String unitName, List<ScoreSheet.CriterionScore> scores, BigDecimal total) {

    public UnitResult {
        scores = List.copyOf(scores);
    }
}
