package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the rules judge a subject by, gathered from the registry, the people's records, the initiatives and the
 * local copy of the units. Plain data: the check itself is {@link Eligibility#check}.
 *
 * @param awards      the subject's award history, revoked ones included (the check ignores them)
 * @param ratings     an individual's yearly ratings
 * @param members     a collective's members in the judged year; empty for individuals
 * @param headcount   a collective's headcount that year as its unit reported it; null when unknown (the members
 *                    listed are then the whole collective)
 * @param quota       how much of the award's quota the unit has used; null when the award has no quota
 */
public record EligibilityFacts(
        int year,
        LocalDate referenceDate,
        List<HeldAward> awards,
        Map<Integer, Rating> ratings,
        List<Discipline> disciplines,
        List<Proceeding> proceedings,
        List<InitiativeFact> initiatives,
        List<MemberFacts> members,
        Integer headcount,
        QuotaUsage quota) {

    public EligibilityFacts {
        awards = List.copyOf(awards);
        ratings = Map.copyOf(ratings);
        disciplines = List.copyOf(disciplines);
        proceedings = List.copyOf(proceedings);
        initiatives = List.copyOf(initiatives);
        members = List.copyOf(members);
    }

    /** An award in the registry. */
    public record HeldAward(String awardCode, int year, TimingType timingType, boolean revoked) {
    }

    /** A disciplinary measure in force from {@code decidedOn} until {@code endsOn} (null: still in force). */
    public record Discipline(DisciplineLevel level, LocalDate decidedOn, LocalDate endsOn) {

        public boolean inForceOn(LocalDate date) {
            return !decidedOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
        }

        public boolean touchesYear(int year) {
            return decidedOn.getYear() <= year && (endsOn == null || endsOn.getYear() >= year);
        }
    }

    /** An investigation, complaint or disciplinary review, open until {@code closedOn} (null: still open). */
    public record Proceeding(ProceedingKind kind, LocalDate openedOn, LocalDate closedOn) {

        public boolean openOn(LocalDate date) {
            return !openedOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
        }
    }

    public record InitiativeFact(String title, InitiativeScope scope, LocalDate recognisedOn) {
    }

    /** One member of a collective in the judged year: rating, the awards held for that year, the worst discipline. */
    public record MemberFacts(String personId, Rating rating, List<String> awardCodes,
                              DisciplineLevel worstDiscipline) {

        public MemberFacts {
            awardCodes = List.copyOf(awardCodes);
        }
    }

    /**
     * @param basisCount recipients of the quota's basis award in the unit that year
     * @param used       grants and pending nominations of the award in the unit that year, this one excluded
     */
    public record QuotaUsage(int basisCount, int used) {
    }
}
