package vn.thidua.campaign.domain.review;

import java.math.BigDecimal;
import java.util.List;

/** What the reviewers give one unit: a score per criterion of the campaign. */
public record ScoreSheet(String unitCode, List<CriterionScore> scores) {

    public ScoreSheet {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public record CriterionScore(String criterionCode, BigDecimal score) {
    }
}
