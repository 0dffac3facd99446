package vn.thidua.campaign.domain.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.CriterionScore;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * How a review turns score sheets into totals and rankings. Plain functions, so every boundary has a unit test.
 *
 * <p>A unit's total is the sum of its criterion scores (out of the sum of the maximums). Ties are broken without
 * shared ranks, so that "the leading unit" is always one unit and the same input always gives the same order:
 * higher total first; then the higher score on the heaviest criterion (the first the plan lists among equally
 * heavy ones); then the unit code. This is the rule the {@code CampaignReviewed} contract publishes.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Units scored against each other: an emulation cluster's members in the review's year. */
    public record Peers(String clusterId, String clusterName, Set<String> unitCodes) {
    }

    /**
     * The results of the sheets, in the sheets' order, with every score in the criteria's order.
     *
     * @param unitNames names of the units as the registry has them (a missing name leaves the result unnamed)
     * @throws InvalidInputException naming each sheet field that breaks a rule: a unit scored twice, a criterion
     *                               missing, unknown or scored twice, a score below 0 or above its maximum
     */
    public static List<UnitResult> score(List<Criterion> criteria, List<ScoreSheet> sheets,
                                         Map<String, String> unitNames) {
        var errors = new ArrayList<FieldProblem>();
        if (sheets.isEmpty()) {
            errors.add(new FieldProblem("units", "Cần chấm điểm ít nhất một đơn vị."));
        }
        Map<String, Criterion> byCode = new HashMap<>();
        criteria.forEach(criterion -> byCode.put(criterion.code(), criterion));
        Set<String> seenUnits = new HashSet<>();
        var results = new ArrayList<UnitResult>();
        for (int i = 0; i < sheets.size(); i++) {
            ScoreSheet sheet = sheets.get(i);
            String at = "units[" + i + "]";
            if (sheet == null || sheet.unitCode() == null || sheet.unitCode().isBlank()) {
                errors.add(new FieldProblem(at + ".unitCode", "Không được để trống."));
                continue;
            }
            if (!seenUnits.add(sheet.unitCode())) {
                errors.add(new FieldProblem(at + ".unitCode", "Đơn vị \"" + sheet.unitCode()
                        + "\" đã được chấm điểm ở trên."));
            }
            Map<String, BigDecimal> given = new HashMap<>();
            for (int j = 0; j < sheet.scores().size(); j++) {
                CriterionScore score = sheet.scores().get(j);
                String field = at + ".scores[" + j + "]";
                Criterion criterion = score == null ? null : byCode.get(score.criterionCode());
                if (criterion == null) {
                    errors.add(new FieldProblem(field + ".criterionCode", "Phong trào không có tiêu chí \""
                            + (score == null ? null : score.criterionCode()) + "\"."));
                } else if (given.containsKey(criterion.code())) {
                    errors.add(new FieldProblem(field + ".criterionCode", "Tiêu chí \"" + criterion.code()
                            + "\" đã được chấm ở trên."));
                } else if (score.score() == null) {
                    errors.add(new FieldProblem(field + ".score", "Không được để trống."));
                } else if (score.score().signum() < 0) {
                    errors.add(new FieldProblem(field + ".score", "Điểm không được âm."));
                } else if (score.score().compareTo(criterion.maxScore()) > 0) {
                    errors.add(new FieldProblem(field + ".score", "Điểm " + score.score().toPlainString()
                            + " vượt điểm tối đa " + criterion.maxScore().toPlainString() + " của tiêu chí \""
                            + criterion.name() + "\"."));
                } else {
                    given.put(criterion.code(), score.score());
                }
            }
            for (Criterion criterion : criteria) {
                if (!given.containsKey(criterion.code()) && sheet.scores().stream()
                        .noneMatch(s -> s != null && criterion.code().equals(s.criterionCode()))) {
                    errors.add(new FieldProblem(at + ".scores", "Thiếu điểm tiêu chí \"" + criterion.code() + "\"."));
                }
            }
            var ordered = criteria.stream().filter(c -> given.containsKey(c.code()))
                    .map(c -> new CriterionScore(c.code(), given.get(c.code()))).toList();
            results.add(new UnitResult(sheet.unitCode(), unitNames.get(sheet.unitCode()), ordered,
                    ordered.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return results;
    }

    /** The highest total a unit can reach: the sum of the criteria's maximum scores. */
    public static BigDecimal maxTotal(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One ranking per cluster with at least one scored member, in the order given, each led by its first unit; then
     * one ranking, without a leading unit, of the scored units that belong to none of the clusters (if any).
     */
    public static List<ClusterRanking> rank(List<Criterion> criteria, List<UnitResult> results, List<Peers> clusters) {
        var rankings = new ArrayList<ClusterRanking>();
        Set<String> clustered = new HashSet<>();
        for (Peers cluster : clusters) {
            var members = results.stream().filter(result -> cluster.unitCodes().contains(result.unitCode())).toList();
            members.forEach(member -> clustered.add(member.unitCode()));
            if (!members.isEmpty()) {
                rankings.add(ranking(cluster.clusterId(), cluster.clusterName(), criteria, members));
            }
        }
        var outside = results.stream().filter(result -> !clustered.contains(result.unitCode())).toList();
        if (!outside.isEmpty()) {
            rankings.add(ranking(null, null, criteria, outside));
        }
        return rankings;
    }

    private static ClusterRanking ranking(String clusterId, String clusterName, List<Criterion> criteria,
                                          List<UnitResult> results) {
        var ordered = results.stream().sorted(order(criteria)).toList();
        var ranked = new ArrayList<ClusterRanking.Ranked>();
        for (int i = 0; i < ordered.size(); i++) {
            UnitResult result = ordered.get(i);
            ranked.add(new ClusterRanking.Ranked(i + 1, result.unitCode(), result.unitName(), result.total()));
        }
        return new ClusterRanking(clusterId, clusterName, ranked, clusterId == null ? null : ranked.get(0).unitCode());
    }

    static Comparator<UnitResult> order(List<Criterion> criteria) {
        // Keeps the first of equally heavy criteria, so the plan's order decides between them.
        Criterion heaviest = criteria.stream().reduce((best, next) -> next.weight().compareTo(best.weight()) > 0
                ? next : best).orElseThrow();
        return Comparator.comparing(UnitResult::total, Comparator.reverseOrder())
                .thenComparing(result -> scoreOn(result, heaviest), Comparator.reverseOrder())
                .thenComparing(UnitResult::unitCode);
    }

    private static BigDecimal scoreOn(UnitResult result, Criterion criterion) {
        return result.scores().stream().filter(s -> s.criterionCode().equals(criterion.code())).findFirst()
                .map(CriterionScore::score).orElse(BigDecimal.ZERO);
    }
}
