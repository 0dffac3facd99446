package vn.thidua.contracts.events.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A unit as it was named when the event happened; units are renamed and merged, events are not rewritten. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitRef(String code, String name) {
}
