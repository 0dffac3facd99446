package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One award type as one legal basis defines it, in force from {@code validFrom} to {@code validTo} (inclusive;
 * null while still in force). A nomination is judged by the version in force on its reference date.
 *
 * @param authority               who decides the award, e.g. "Chủ tịch UBND cấp xã"
 * @param councilThresholdPercent the share of ALL council members whose "yes" the award needs; 50 with
 *                                {@code strictMajority} means more than half
 * @param publicNoticeWorkingDays the working days of the public notice before the council meets; 0 for none
 */
public record AwardTypeVersion(
        int number,
        String name,
        AwardCategory category,
        SubjectKind subjectKind,
        AwardLevel level,
        String authority,
        List<TimingType> timingTypes,
        EligibilityRule rule,
        int councilThresholdPercent,
        boolean strictMajority,
        int publicNoticeWorkingDays,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo) {

    public AwardTypeVersion {
        timingTypes = List.copyOf(timingTypes);
        rule = rule == null ? EligibilityRule.none() : rule;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean requiresPublicNotice() {
        return publicNoticeWorkingDays > 0;
    }
}
