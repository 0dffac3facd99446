package vn.thidua.contracts.events.exemplar;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;

/** Who the exemplar is: recognised exemplars are public, so the name travels; nothing else personal does. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarSubject(SubjectKind kind, String displayName, UnitRef unit) {
}
