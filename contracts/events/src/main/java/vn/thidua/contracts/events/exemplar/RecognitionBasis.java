package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param reference  the basis as cited in Vietnamese, e.g. "Quyết định 163/QĐ-UBND ngày 20/12/2024"
 * @param decisionId set when kind is DECISION and the decision is in nomination-service
 * @param campaignId set when kind is REVIEW
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecognitionBasis(
        RecognitionKind kind, String reference, LocalDate recognisedOn, String decisionId, String campaignId) {
}
