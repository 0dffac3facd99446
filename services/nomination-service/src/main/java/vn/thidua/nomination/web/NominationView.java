package vn.thidua.nomination.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.nomination.domain.CouncilOutcome;
import vn.thidua.nomination.domain.HistoryEntry;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.domain.Reason;
import vn.thidua.nomination.domain.Subject;
import vn.thidua.nomination.domain.TimingType;

/** A nomination as officers, reviewers and administrators see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NominationView(String id, String provinceCode, String proposingUnitCode, Subject subject, String awardCode,
                      int awardVersion, int year, TimingType timingType, String timingTypeLabel,
                      LocalDate referenceDate, String achievement, List<String> documents, NominationStatus status,
                      String statusLabel, int returnCount, boolean eligible, List<Reason> eligibility,
                      List<String> flags, String publicNoticeId, CouncilOutcome council, String decisionId,
                      List<HistoryEntry> history, Instant createdAt, String createdBy, long version) {

    static NominationView of(Nomination n) {
        return new NominationView(n.id(), n.provinceCode(), n.proposingUnitCode(), n.subject(), n.awardCode(),
                n.awardVersion(), n.year(), n.timingType(), n.timingType().label(), n.referenceDate(),
                n.achievement(), n.documents(), n.status(), n.status().label(), n.returnCount(),
                n.eligibility().isEmpty(), n.eligibility(), n.flags(), n.publicNoticeId(), n.council(),
                n.decisionId(), n.history(), n.createdAt(), n.createdBy(), n.version());
    }
}
