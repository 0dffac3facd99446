package vn.thidua.exemplar.domain;

import java.time.LocalDate;
import vn.thidua.contracts.events.exemplar.RecognitionKind;

/**
 * The act that recognised an exemplar.
 *
 * @param reference what the basis is: a decision's number ("163/QĐ-UBND"), a review's or a conference's name
 * @param decisionId the decision's id when the basis is a decision known from nomination-service; null otherwise
 * @param campaignId the reviewed campaign when the basis is a review; null otherwise
 */
public record Recognition(RecognitionKind basis, String reference, String decisionId, String campaignId,
                          LocalDate recognisedOn, String note, String recognisedBy) {
}
