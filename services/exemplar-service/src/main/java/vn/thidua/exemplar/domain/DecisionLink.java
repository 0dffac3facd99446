package vn.thidua.exemplar.domain;

import java.time.LocalDate;

/**
 * An award decision granting the exemplar's subject an award.
 *
 * @param grantKey identifies the grant inside the decision, so that revoking one grant removes exactly its link
 */
public record DecisionLink(String decisionId, String grantKey, String decisionNumber, String awardType,
                           String awardName, LocalDate issuedOn) {
}
