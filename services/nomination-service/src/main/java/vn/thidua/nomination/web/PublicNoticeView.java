package vn.thidua.nomination.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.nomination.domain.PublicNotice;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.support.calendar.WorkingDayCalendar;

/**
 * A public notice as anyone may read it: exactly the list the law makes public (name, unit, award, year) and the
 * window, with counts of objections. Never who objected nor what they wrote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicNoticeView(String id, String title, int workingDays, PublicNotice.NoticeStatus status,
                        String statusLabel, Instant postedAt, LocalDate windowStartsOn, LocalDate closesOn,
                        List<Line> nominees, int objectionsReceived, long objectionsUnresolved, long version) {

    record Line(String nominationId, SubjectKind subjectKind, String displayName, String unitCode, String awardCode,
                String awardName, int year) {
    }

    static PublicNoticeView of(PublicNotice n) {
        return new PublicNoticeView(n.id(), n.title(), n.workingDays(), n.status(), n.status().label(), n.postedAt(),
                n.postedAt() == null ? null : WorkingDayCalendar.dateInVietnam(n.postedAt()), n.closesOn(),
                n.entries().stream().map(e -> new Line(e.nominationId(), e.subjectKind(), e.displayName(),
                        e.unitCode(), e.awardCode(), e.awardName(), e.year())).toList(),
                n.objections().size(), n.unresolvedObjections(), n.version());
    }
}
