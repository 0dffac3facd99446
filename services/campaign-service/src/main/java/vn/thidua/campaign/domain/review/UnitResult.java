package vn.thidua.campaign.domain.review;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.contracts.events.campaign.CriterionScore;

/**
 * One unit's result in a review: its scores in the campaign's criterion order and its weighted total.
 *
 * @param total the sum of the criterion scores
 */
public record UnitResult(String unitCode, String unitName, List<CriterionScore> scores, BigDecimal total) {

    public UnitResult {
        scores = List.copyOf(scores);
    }
}
