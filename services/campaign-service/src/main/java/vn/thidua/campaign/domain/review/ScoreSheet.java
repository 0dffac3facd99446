package vn.thidua.campaign.domain.review;

import java.util.List;
import vn.thidua.contracts.events.campaign.CriterionScore;

/** What the reviewers give one unit: a score per criterion of the campaign. */
public record ScoreSheet(String unitCode, List<CriterionScore> scores) {

    public ScoreSheet {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
