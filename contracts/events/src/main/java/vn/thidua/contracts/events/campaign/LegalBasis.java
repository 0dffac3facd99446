package vn.thidua.contracts.events.campaign;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The document an act rests on.
 *
 * @param documentNumber number and symbol, e.g. {@code 40/KH-UBND}
 * @param issuer         null when the launching unit itself issued it
 * @param citation       as cited in Vietnamese text, e.g. {@code Kế hoạch 40/KH-UBND ngày 08/3/2021}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalBasis(
        String documentNumber, DocumentType documentType, LocalDate issuedOn, String issuer, String citation) {
}
