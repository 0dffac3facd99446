package vn.thidua.nomination.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The eligibility parameters of one version of an award type. Every part is optional: an absent part is a
 * condition the award does not have. The numbers are data because they differ by legal version and by locality.
 *
 * @param minRating          the yearly rating the subject (an individual) must have reached in the year
 * @param sameYearAward      an award the subject must also hold for the same year (e.g. Lao động tiên tiến)
 * @param chain              consecutive years of other awards, ending with the year judged
 * @param initiative         an initiative of at least this scope, recognised recently enough
 * @param memberShare        the share of a collective's members holding an award that year
 * @param allMembersComplete whether every member of a collective must have completed their tasks
 * @param memberWithAward    an award at least one member of a collective must hold that year
 * @param memberDisciplineBar no member of a collective may have been disciplined at this level or above that year
 * @param quota              the cap on this award per unit and year
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityRule(
        Rating minRating,
        String sameYearAward,
        Chain chain,
        InitiativeRequirement initiative,
        MemberShare memberShare,
        Boolean allMembersComplete,
        String memberWithAward,
        DisciplineLevel memberDisciplineBar,
        Quota quota) {

    public static EligibilityRule none() {
        return new EligibilityRule(null, null, null, null, null, null, null, null, null);
    }

    /** {@code years} consecutive years of any of {@code awardCodes} (merit awards only), the last one being the year judged. */
    public record Chain(List<String> awardCodes, int years) {
    }

    /** An initiative of {@code minScope} or wider, recognised in the judged year or the {@code validYears - 1} before. */
    public record InitiativeRequirement(InitiativeScope minScope, int validYears) {
    }

    /** At least ({@code strict}: more than) {@code percent}% of the members hold {@code awardCode} that year. */
    public record MemberShare(String awardCode, int percent, boolean strict) {
    }

    /** At most {@code percent}% (rounded down) of the unit's {@code basisAwardCode} recipients of the year. */
    public record Quota(String basisAwardCode, int percent) {
    }
}
