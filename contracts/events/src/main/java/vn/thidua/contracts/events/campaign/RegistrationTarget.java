package vn.thidua.contracts.events.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One title a unit pledges to reach in a campaign: for itself (e.g. TAP_THE_LAO_DONG_XUAT_SAC) or for a number of
 * its members (e.g. 12 × LAO_DONG_TIEN_TIEN).
 *
 * @param count how many members aim for it; null for the unit's own title
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationTarget(String awardType, TargetSubject subject, Integer count) {
}
