package vn.thidua.contracts.events.campaign;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** BigDecimal keeps {@code 27.5} and {@code 50} exactly as the campaign's plan wrote them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criterion(String code, String name, BigDecimal weight, BigDecimal maxScore) {
}
