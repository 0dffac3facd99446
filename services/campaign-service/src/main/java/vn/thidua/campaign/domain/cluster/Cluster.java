package vn.thidua.campaign.domain.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * An emulation cluster or bloc (cụm, khối thi đua): peer units scored against each other, with members and a
 * leader per year. The leadership rotates: no unit leads two years running.
 *
 * @param years one entry per year, sorted by year
 */
public record Cluster(
        String id,
        String provinceCode,
        String name,
        ClusterKind kind,
        List<Criterion> criteria,
        List<ClusterYear> years,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public Cluster {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        years = years == null ? List.of() : years.stream().sorted(Comparator.comparingInt(ClusterYear::year)).toList();
    }

    public static Cluster create(String id, String provinceCode, ClusterDefinition normalised, Instant now,
                                 String by) {
        return new Cluster(id, provinceCode, normalised.name(), normalised.kind(), normalised.criteria(), List.of(),
                now, by, 1);
    }

    public Cluster redefine(ClusterDefinition normalised, Instant now, String by) {
        return new Cluster(id, provinceCode, normalised.name(), normalised.kind(), normalised.criteria(), years, now,
                by, version + 1);
    }

    public Optional<ClusterYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /**
     * Sets the members and the leader of {@code year}. The caller has checked that every member existed that
     * year. The leader must be a member, and may not be the unit that led the year before (rotation).
     */
    public Cluster withYear(int year, List<String> memberCodes, String leaderCode, Instant now, String by) {
        var errors = new ArrayList<FieldProblem>();
        var members = new LinkedHashSet<String>();
        for (int i = 0; memberCodes != null && i < memberCodes.size(); i++) {
            String code = memberCodes.get(i);
            if (code == null || code.isBlank() || !members.add(code)) {
                errors.add(new FieldProblem("memberCodes[" + i + "]", code == null || code.isBlank()
                        ? "Không được để trống." : "Đơn vị \"" + code + "\" bị trùng."));
            }
        }
        if (members.size() < 2 && errors.isEmpty()) {
            errors.add(new FieldProblem("memberCodes", "Một cụm thi đua cần ít nhất hai đơn vị."));
        }
        if (leaderCode == null || leaderCode.isBlank()) {
            errors.add(new FieldProblem("leaderCode", "Không được để trống."));
        } else if (!members.contains(leaderCode)) {
            errors.add(new FieldProblem("leaderCode", "Cụm trưởng phải là một đơn vị thành viên của cụm."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<ClusterYear> before = year(year - 1);
        if (before.isPresent() && leaderCode.equals(before.get().leaderCode())) {
            throw new BusinessRuleException("cluster-leader-must-rotate", "Đơn vị \"" + leaderCode
                    + "\" đã làm cụm trưởng năm " + (year - 1) + "; cụm trưởng được luân phiên hằng năm.",
                    Map.of("year", year, "leaderCode", leaderCode));
        }
        Optional<ClusterYear> after = year(year + 1);
        if (after.isPresent() && leaderCode.equals(after.get().leaderCode())) {
            throw new BusinessRuleException("cluster-leader-must-rotate", "Đơn vị \"" + leaderCode
                    + "\" đã được giao làm cụm trưởng năm " + (year + 1) + "; cụm trưởng được luân phiên hằng năm.",
                    Map.of("year", year, "leaderCode", leaderCode));
        }
        var all = new ArrayList<>(years.stream().filter(y -> y.year() != year).toList());
        all.add(new ClusterYear(year, List.copyOf(members), leaderCode));
        return new Cluster(id, provinceCode, name, kind, criteria, all, now, by, version + 1);
    }
}
