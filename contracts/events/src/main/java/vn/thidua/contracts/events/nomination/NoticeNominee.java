package vn.thidua.contracts.events.nomination;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * One line of a public notice, exactly what the law makes public: name, unit, the award proposed and the
 * achievement. Never a birth date, an identity number or contact details.
 *
 * @param achievement null when the notice lists no achievement summary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeNominee(
        String nominationId,
        SubjectKind subjectKind,
        String displayName,
        UnitRef unit,
        String awardTypeCode,
        String awardTypeName,
        String achievement) {
}
