package vn.thidua.campaign.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.CriterionScore;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

class ScoringTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("TC1", "Kết quả xây dựng nông thôn mới", new BigDecimal("30"), new BigDecimal("30")),
            new Criterion("TC2", "Nhân rộng điển hình tiên tiến", new BigDecimal("50"), new BigDecimal("50")),
            new Criterion("TC3", "Tuyên truyền", new BigDecimal("20"), new BigDecimal("20")));

    private static ScoreSheet sheet(String unit, String tc1, String tc2, String tc3) {
        return new ScoreSheet(unit, List.of(new CriterionScore("TC1", new BigDecimal(tc1)),
                new CriterionScore("TC2", new BigDecimal(tc2)), new CriterionScore("TC3", new BigDecimal(tc3))));
    }

    @Test
    void aScoreMayReachItsMaximumButNotPassIt() {
        assertThat(Scoring.score(CRITERIA, List.of(sheet("XA-A", "30", "50", "20")), Map.of()).get(0).total())
                .isEqualByComparingTo("100");

        assertThatThrownBy(() -> Scoring.score(CRITERIA, List.of(sheet("XA-A", "30.5", "50", "-1")), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("units[0].scores[0].score", "units[0].scores[2].score"));
    }

    @Test
    void everyCriterionIsScoredOnceAndEveryUnitOnce() {
        var missing = new ScoreSheet("XA-A", List.of(new CriterionScore("TC1", BigDecimal.ONE),
                new CriterionScore("TC1", BigDecimal.ONE), new CriterionScore("TC9", BigDecimal.ONE)));

        assertThatThrownBy(() -> Scoring.score(CRITERIA, List.of(missing, sheet("XA-A", "1", "1", "1")), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("units[0].scores[1].criterionCode",
                                "units[0].scores[2].criterionCode", "units[0].scores", "units[0].scores",
                                "units[1].unitCode"));
    }

    @Test
    void equalTotalsAreSeparatedByTheHeaviestCriterionThenTheCode() {
        var results = Scoring.score(CRITERIA, List.of(
                sheet("XA-C", "30", "40", "10"),
                sheet("XA-B", "20", "45", "15"),
                sheet("XA-A", "20", "45", "15"),
                sheet("XA-D", "30", "50", "20")), Map.of());

        var ranking = Scoring.rank(CRITERIA, results, List.of()).get(0);

        // All but XA-D total 80; TC2 (weight 50) decides, then the code (TC1 and TC3 are never looked at).
        assertThat(ranking.ranking()).extracting(ClusterRanking.Ranked::unitCode)
                .containsExactly("XA-D", "XA-A", "XA-B", "XA-C");
        assertThat(ranking.ranking()).extracting(ClusterRanking.Ranked::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranking.clusterId()).isNull();
        assertThat(ranking.leadingUnitCode()).as("no leading unit outside a cluster").isNull();
    }

    @Test
    void onlyTheHeaviestCriterionBreaksATieBeforeTheCode() {
        var results = Scoring.score(CRITERIA, List.of(
                sheet("XA-B", "30", "40", "10"),
                sheet("XA-A", "20", "40", "20")), Map.of());

        assertThat(Scoring.rank(CRITERIA, results, List.of()).get(0).ranking())
                .extracting(ClusterRanking.Ranked::unitCode).containsExactly("XA-A", "XA-B");
    }

    @Test
    void eachClusterHasItsOwnRankingAndLeaderAndTheRestAreRankedApart() {
        var results = Scoring.score(CRITERIA, List.of(
                sheet("XA-A", "10", "10", "10"), sheet("XA-B", "20", "20", "20"),
                sheet("XA-C", "30", "30", "5"), sheet("XA-E", "1", "1", "1")), Map.of());
        var clusters = List.of(new Scoring.Peers("c-1", "Cụm thi đua số 02", Set.of("XA-A", "XA-B")),
                new Scoring.Peers("c-2", "Cụm thi đua số 03", Set.of("XA-C", "XA-Z")),
                new Scoring.Peers("c-3", "Cụm không ai được chấm", Set.of("XA-Y")));

        var rankings = Scoring.rank(CRITERIA, results, clusters);

        assertThat(rankings).extracting(ClusterRanking::clusterId).containsExactly("c-1", "c-2", null);
        assertThat(rankings).extracting(ClusterRanking::leadingUnitCode).containsExactly("XA-B", "XA-C", null);
        assertThat(rankings.get(2).ranking()).extracting(ClusterRanking.Ranked::unitCode).containsExactly("XA-E");
        assertThat(Scoring.maxTotal(CRITERIA)).isEqualByComparingTo("100");
    }
}
