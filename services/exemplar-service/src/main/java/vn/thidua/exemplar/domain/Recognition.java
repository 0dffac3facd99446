package vn.thidua.exemplar.domain;

import java.time.LocalDate;

/**
 * The act that recognised an exemplar.
 *
 * @param reference what the basis is: a decision's number ("163/QĐ-UBND"), a review's or a conference's name
 * @param decisionId the decision's id when the basis is a decision known from nomination-service; null otherwise
 */
public record Recognition(RecognitionBasis basis, String reference, String decisionId, LocalDate recognisedOn,
                          String note, String recognisedBy) {
}
