package vn.thidua.contracts.events.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Members of a unit counted for one year; nomination rules compute their ratios on it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Headcount(int year, int members) {
}
