package vn.thidua.campaign.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mid-term or final review as recorded: every unit's scores, the rankings, and the summary. */
public record Review(
        ReviewStage stage,
        LocalDate heldOn,
        String summary,
        List<UnitResult> results,
        List<ClusterRanking> rankings,
        Instant recordedAt,
        String recordedBy) {

    public Review {
        results = List.copyOf(results);
        rankings = List.copyOf(rankings);
    }
}
