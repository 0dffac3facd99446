package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.nomination.domain.EligibilityFacts.Discipline;
import vn.thidua.nomination.domain.EligibilityFacts.HeldAward;
import vn.thidua.nomination.domain.EligibilityRule.Chain;
import vn.thidua.nomination.domain.EligibilityRule.InitiativeRequirement;
import vn.thidua.nomination.domain.EligibilityRule.MemberShare;

/**
 * The eligibility check: every reason a subject may not receive an award for a year, in Vietnamese. An empty
 * list means eligible. Pure: the same facts always give the same reasons, so it runs identically at submission,
 * at appraisal and on demand.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * @param awardNames the names of award codes, to say "Lao động tiên tiến" rather than a code in the reasons
     */
    public static List<Reason> check(String awardCode, AwardTypeVersion award, TimingType timing,
                                     EligibilityFacts facts, Function<String, String> awardNames) {
        var reasons = new ArrayList<Reason>();
        var rule = award.rule();
        int year = facts.year();
        if (!award.timingTypes().contains(timing)) {
            reasons.add(new Reason("timing-not-allowed", "Danh hiệu/hình thức \"" + award.name()
                    + "\" không xét theo loại khen thưởng " + timing.label() + "."));
        }
        frozen(facts).ifPresent(reasons::add);
        List<HeldAward> counting = facts.awards().stream().filter(a -> !a.revoked()).toList();
        if (timing.countsTowardChains() && counting.stream().anyMatch(a -> a.awardCode().equals(awardCode)
                && a.year() == year && a.timingType() == timing)) {
            reasons.add(new Reason("already-awarded", "Đối tượng đã được tặng \"" + award.name() + "\" cho thành tích năm "
                    + year + "; một thành tích chỉ được khen thưởng một lần."));
        }
        if (rule.minRating() != null) {
            Rating rating = facts.ratings().get(year);
            if (rating == null || !rating.atLeast(rule.minRating())) {
                reasons.add(new Reason("rating-too-low", "Năm " + year + " chưa được xếp loại \"" + rule.minRating().label()
                        + "\" trở lên" + (rating == null ? " (chưa có kết quả xếp loại)." : " (xếp loại: "
                        + rating.label() + ").")));
            }
        }
        if (rule.sameYearAward() != null && counting.stream().noneMatch(a ->
                a.awardCode().equals(rule.sameYearAward()) && a.year() == year)) {
            reasons.add(new Reason("same-year-award-missing", "Chưa đạt danh hiệu \""
                    + awardNames.apply(rule.sameYearAward()) + "\" năm " + year + "."));
        }
        if (rule.chain() != null) {
            chain(rule.chain(), year, counting, facts.disciplines(), awardNames).ifPresent(reasons::add);
        }
        if (rule.initiative() != null) {
            initiative(rule.initiative(), facts).ifPresent(reasons::add);
        }
        collective(rule, facts, awardNames, reasons);
        if (rule.quota() != null && facts.quota() != null) {
            var quota = facts.quota();
            int allowed = quota.basisCount() * rule.quota().percent() / 100;
            if (quota.used() + 1 > allowed) {
                reasons.add(new Reason("quota-exceeded", "Vượt tỷ lệ khen thưởng: \"" + award.name() + "\" tối đa "
                        + rule.quota().percent() + "% số cá nhân đạt \"" + awardNames.apply(rule.quota().basisAwardCode())
                        + "\" của đơn vị năm " + year + " (" + quota.basisCount() + " người, tối đa " + allowed
                        + "); đã có " + quota.used() + " trường hợp."));
            }
        }
        return List.copyOf(reasons);
    }

    /** Open discipline, investigation or complaint on the reference date freezes every award. */
    static Optional<Reason> frozen(EligibilityFacts facts) {
        LocalDate on = facts.referenceDate();
        for (Discipline discipline : facts.disciplines()) {
            if (discipline.inForceOn(on)) {
                return Optional.of(new Reason("subject-frozen", "Đối tượng đang trong thời gian thi hành kỷ luật \""
                        + discipline.level().label() + "\"; chưa xét khen thưởng."));
            }
        }
        return facts.proceedings().stream().filter(p -> p.openOn(on)).findFirst()
                .map(p -> new Reason("subject-frozen", "Đối tượng " + p.kind().label() + "; chưa xét khen thưởng."));
    }

    /**
     * Consecutive years ending with the judged year. Only merit awards count (ad-hoc and thematic ones do not),
     * revoked ones were removed by the caller, and a year that began before a discipline ended does not count:
     * achievements count only from the end of a discipline.
     */
    static Optional<Reason> chain(Chain chain, int year, List<HeldAward> awards, List<Discipline> disciplines,
                                  Function<String, String> awardNames) {
        LocalDate countsFrom = disciplines.stream().map(Discipline::endsOn).filter(end -> end != null)
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        var missing = new ArrayList<Integer>();
        for (int y = year - chain.years() + 1; y <= year; y++) {
            int judged = y;
            boolean held = awards.stream().anyMatch(a -> chain.awardCodes().contains(a.awardCode())
                    && a.year() == judged && a.timingType().countsTowardChains());
            if (!held || LocalDate.of(judged, 1, 1).isBefore(countsFrom)) {
                missing.add(judged);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = chain.awardCodes().stream().map(awardNames).collect(Collectors.joining("\" hoặc \""));
        return Optional.of(new Reason("chain-incomplete", "Chưa đủ " + chain.years() + " năm liên tục đạt \"" + names
                + "\" tính đến năm " + year + " (không tính được năm " + missing.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")."));
    }

    static Optional<Reason> initiative(InitiativeRequirement required, EligibilityFacts facts) {
        int firstYear = facts.year() - required.validYears() + 1;
        var inWindow = facts.initiatives().stream()
                .filter(i -> !i.recognisedOn().isAfter(facts.referenceDate()))
                .filter(i -> i.recognisedOn().getYear() >= firstYear && i.recognisedOn().getYear() <= facts.year())
                .toList();
        if (inWindow.stream().anyMatch(i -> i.scope().atLeast(required.minScope()))) {
            return Optional.empty();
        }
        String period = required.validYears() == 1 ? "năm " + facts.year()
                : "từ năm " + firstYear + " đến năm " + facts.year();
        String detail = inWindow.isEmpty() ? "không có sáng kiến nào được công nhận " + period
                : "các sáng kiến được công nhận " + period + " chỉ có phạm vi ảnh hưởng thấp hơn";
        return Optional.of(new Reason("initiative-scope-too-low", "Cần sáng kiến được công nhận có phạm vi ảnh hưởng "
                + required.minScope().label() + " trở lên; " + detail + "."));
    }

    static void collective(EligibilityRule rule, EligibilityFacts facts, Function<String, String> awardNames,
                           List<Reason> reasons) {
        boolean judgesMembers = rule.memberShare() != null || Boolean.TRUE.equals(rule.allMembersComplete())
                || rule.memberWithAward() != null || rule.memberDisciplineBar() != null;
        if (!judgesMembers) {
            return;
        }
        var members = facts.members();
        int total = facts.headcount() == null ? members.size() : Math.max(facts.headcount(), members.size());
        if (total == 0) {
            reasons.add(new Reason("no-members", "Tập thể chưa có danh sách thành viên năm " + facts.year() + "."));
            return;
        }
        MemberShare share = rule.memberShare();
        if (share != null) {
            long holders = members.stream().filter(m -> m.awardCodes().contains(share.awardCode())).count();
            long scaled = 100 * holders;
            long needed = (long) share.percent() * total;
            if (share.strict() ? scaled <= needed : scaled < needed) {
                reasons.add(new Reason("member-share-too-low", "Tỷ lệ thành viên đạt \"" + awardNames.apply(share.awardCode())
                        + "\" là " + holders + "/" + total + ", cần " + (share.strict() ? "trên " + share.percent() + "%"
                        : "từ " + share.percent() + "% trở lên") + "."));
            }
        }
        if (Boolean.TRUE.equals(rule.allMembersComplete())) {
            long completed = members.stream().filter(m -> m.rating() != null && m.rating().atLeast(Rating.COMPLETED))
                    .count();
            if (completed < total) {
                reasons.add(new Reason("members-not-all-completed", "Chỉ " + completed + "/" + total
                        + " thành viên hoàn thành nhiệm vụ năm " + facts.year() + "; cần 100%."));
            }
        }
        if (rule.memberWithAward() != null
                && members.stream().noneMatch(m -> m.awardCodes().contains(rule.memberWithAward()))) {
            reasons.add(new Reason("no-member-with-award", "Chưa có thành viên nào đạt \""
                    + awardNames.apply(rule.memberWithAward()) + "\" năm " + facts.year() + "."));
        }
        DisciplineLevel bar = rule.memberDisciplineBar();
        if (bar != null) {
            long disciplined = members.stream()
                    .filter(m -> m.worstDiscipline() != null && m.worstDiscipline().atLeast(bar)).count();
            if (disciplined > 0) {
                reasons.add(new Reason("member-disciplined", "Có " + disciplined + " thành viên bị kỷ luật từ hình thức \""
                        + bar.label() + "\" trở lên trong năm " + facts.year() + "."));
            }
        }
    }

    /** A convenience for tests and callers that know every award's name in a map. */
    public static Function<String, String> names(Map<String, String> byCode) {
        return code -> byCode.getOrDefault(code, code);
    }
}
