package vn.thidua.contracts.events.nomination;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * One line of a decision's list: the award a subject receives. A decision is a public act, so the display name is
 * carried; {@code subjectId} is nomination-service's pseudonymous id of the person, or the unit code of a collective.
 *
 * @param nominationId null for a grant not proposed through a nomination (e.g. a review's flag)
 * @param campaignId   null unless the award comes from a campaign's review
 * @param prizeAmount  in đồng; null when the award carries no prize money
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Grant(
        String awardId,
        String nominationId,
        SubjectKind subjectKind,
        String subjectId,
        String displayName,
        UnitRef unit,
        String awardTypeCode,
        String awardTypeName,
        AwardLevel level,
        int year,
        TimingType timingType,
        String campaignId,
        BigDecimal prizeAmount) {
}
