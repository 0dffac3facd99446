package vn.thidua.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.nomination.CouncilVoteRecorded;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.NominationAppraised;
import vn.thidua.contracts.events.nomination.NominationSubmitted;
import vn.thidua.nomination.ApiTestSupport;

/** A nomination from draft to decision and registry, with the procedure's guards at each step. */
class NominationWorkflowTest extends ApiTestSupport {

    private static final int YEAR = 2026;

    @Test
    void fromDraftToDecisionWithOneReturnASecretBallotAndTheRegistry() {
        String unit = freshUnit();
        String officer = officer(unit);
        String personId = person("Hoàng Thị Mai", unit, YEAR, "GOOD");

        Map<String, Object> draft = created("/api/nominations", Map.of("subjectKind", "INDIVIDUAL",
                "subjectId", personId, "awardCode", "LAO_DONG_TIEN_TIEN", "year", YEAR, "timingType", "MERIT",
                "achievement", "Hoàn thành tốt nhiệm vụ, hướng dẫn người dân làm thủ tục trực tuyến"), officer);
        String id = (String) draft.get("id");
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("awardVersion")).isEqualTo(2);

        ok(post("/api/nominations/" + id + "/submit", null, officer));
        NominationSubmitted submitted = awaitEvent(EventCatalog.NOMINATION_SUBMITTED_V1, id, e -> true);
        assertThat(submitted.eligible()).isTrue();
        assertThat(submitted.subjectId()).isEqualTo(personId);
        assertThat(allPublishedText(id)).doesNotContain("Hoàng Thị Mai", "0912345678", "1985-04-12");

        // A return always carries a reason, and happens at most once.
        post("/api/nominations/" + id + "/return", Map.of("reason", " "), REVIEWER)
                .expectStatus().isEqualTo(422);
        ok(post("/api/nominations/" + id + "/return", Map.of("reason", "Thiếu biên bản họp bình xét."), REVIEWER));
        awaitEvent(EventCatalog.NOMINATION_RETURNED_V1, id, e -> e.reason().equals("Thiếu biên bản họp bình xét."));
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        awaitEvent(EventCatalog.NOMINATION_SUBMITTED_V1, id, NominationSubmitted::resubmission);
        post("/api/nominations/" + id + "/return", Map.of("reason", "Vẫn thiếu chữ ký."), REVIEWER)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("second-return-not-allowed");
        // A unit officer does not appraise.
        post("/api/nominations/" + id + "/appraise", null, officer).expectStatus().isForbidden();
        Map<String, Object> appraised = ok(post("/api/nominations/" + id + "/appraise", null, REVIEWER));
        assertThat(appraised.get("status")).isEqualTo("READY_FOR_COUNCIL");
        awaitEvent(EventCatalog.NOMINATION_APPRAISED_V1, id,
                e -> e.outcome() == NominationAppraised.Outcome.PASSED_TO_COUNCIL);

        // A decision before the council has voted is refused.
        post("/api/decisions", decision("101/QĐ-UBND", id), ADMIN).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.rule")
                .isEqualTo("not-approved-by-council");

        // Three members; the one from the nominee's own unit is recused from this nominee.
        Map<String, Object> session = created("/api/council-sessions", Map.of("title", "Phiên họp xét khen thưởng "
                + "cuối năm", "meetingDate", "2026-12-01", "members", List.of(
                Map.of("userId", "cm-1", "name", "Lê Thị Thu", "unitCode", "UBND-TN"),
                Map.of("userId", "cm-2", "name", "Đặng Văn Bình", "unitCode", "SNV-TN"),
                Map.of("userId", "cm-3", "name", "Ma Văn Sơn", "unitCode", unit)), "nominationIds", List.of(id)),
                REVIEWER);
        String sessionId = (String) session.get("id");
        assertThat(session.toString()).contains("recused=[cm-3]");
        Map<String, Object> yes = Map.of("votes", List.of(Map.of("nominationId", id, "choice", "YES")));
        post("/api/council-sessions/" + sessionId + "/ballots", yes, member("cm-3", unit)).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("member-recused");
        post("/api/council-sessions/" + sessionId + "/ballots", yes, member("cm-9", "UBND-TN")).expectStatus()
                .isNotFound();
        post("/api/council-sessions/" + sessionId + "/ballots", yes, member("cm-1", "UBND-TN")).expectStatus()
                .isCreated();
        post("/api/council-sessions/" + sessionId + "/ballots", yes, member("cm-1", "UBND-TN")).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("already-voted");
        // While voting, nobody sees the tallies.
        get("/api/council-sessions/" + sessionId, member("cm-2", "SNV-TN")).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].yes").doesNotExist().jsonPath("$.ballotsCast").isEqualTo(1);
        post("/api/council-sessions/" + sessionId + "/ballots",
                Map.of("votes", List.of(Map.of("nominationId", id, "choice", "YES")),
                "inWriting", true), member("cm-2", "SNV-TN")).expectStatus().isCreated();
        Map<String, Object> closed = ok(post("/api/council-sessions/" + sessionId + "/close",
                Map.of("minutes", "Hội đồng họp đủ 3/3 thành viên; 1 thành viên gửi phiếu bằng văn bản."), REVIEWER));
        assertThat(closed.toString()).contains("approved=true");
        CouncilVoteRecorded votes = awaitEvent(EventCatalog.COUNCIL_VOTE_RECORDED_V1, sessionId, e -> true);
        assertThat(votes.tallies()).singleElement().satisfies(tally -> {
            assertThat(tally.yes()).isEqualTo(2);
            assertThat(tally.eligibleVoters()).isEqualTo(2);
            assertThat(tally.approved()).isTrue();
        });
        assertThat(votes.writtenBallots()).isEqualTo(1);
        assertThat(allPublishedText(sessionId)).doesNotContain("cm-1", "cm-2");

        // Officers of the authority issue the decision; the public reads it.
        post("/api/decisions", decision("102/QĐ-UBND", id), REVIEWER).expectStatus().isForbidden();
        Map<String, Object> issued = created("/api/decisions", decision("102/QĐ-UBND", id), ADMIN);
        String decisionId = (String) issued.get("id");
        // A granted nomination cannot be granted again.
        post("/api/decisions", decision("103/QĐ-UBND", id), ADMIN).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("not-approved-by-council");
        DecisionIssued event = awaitEvent(EventCatalog.DECISION_ISSUED_V1, decisionId, e -> true);
        assertThat(event.number()).isEqualTo("102/QĐ-UBND");
        assertThat(event.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.displayName()).isEqualTo("Hoàng Thị Mai");
            assertThat(grant.subjectId()).isEqualTo(personId);
            assertThat(grant.awardTypeCode()).isEqualTo("LAO_DONG_TIEN_TIEN");
            assertThat(grant.prizeAmount()).isEqualByComparingTo("500000");
        });
        get("/api/decisions/" + decisionId, null).expectStatus().isOk().expectBody()
                .jsonPath("$.grants[0].displayName").isEqualTo("Hoàng Thị Mai")
                .jsonPath("$.grants[0].subjectId").doesNotExist()
                .jsonPath("$.totalPrize").isEqualTo(500000);
        String csv = get("/api/decisions/" + decisionId + "/grants.csv", null).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("1,Hoàng Thị Mai," + unit + ",Lao động tiên tiến,2026");

        assertThat(ok(get("/api/nominations/" + id, officer)).get("status")).isEqualTo("GRANTED");
        get("/api/awards?subjectKind=INDIVIDUAL&subjectId=" + personId, officer).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].decisionNumber").isEqualTo("102/QĐ-UBND");
        // The same achievement is not rewarded twice.
        String again = nomination(officer, "INDIVIDUAL", personId, "LAO_DONG_TIEN_TIEN", YEAR);
        get("/api/nominations/" + again + "/eligibility", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(false)
                .jsonPath("$.reasons[0].code").isEqualTo("already-awarded");
    }

    @Test
    void aSecondIncompletenessRejectsAndOnlyAfterAReturn() {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Nông Văn Hải", unit, YEAR, "GOOD"),
                "LAO_DONG_TIEN_TIEN", YEAR);
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        post("/api/nominations/" + id + "/reject", Map.of("reason", "Thiếu hồ sơ."), REVIEWER)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule")
                .isEqualTo("first-incompleteness-returns");
        ok(post("/api/nominations/" + id + "/return", Map.of("reason", "Thiếu báo cáo thành tích."), REVIEWER));
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        Map<String, Object> rejected = ok(post("/api/nominations/" + id + "/reject",
                Map.of("reason", "Báo cáo thành tích vẫn chưa có xác nhận."), REVIEWER));
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        awaitEvent(EventCatalog.NOMINATION_APPRAISED_V1, id,
                e -> e.outcome() == NominationAppraised.Outcome.REJECTED_INCOMPLETE);
        // Nothing moves a rejected nomination again.
        post("/api/nominations/" + id + "/submit", null, officer).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("REJECTED");
    }

    @Test
    void anIneligibleNominationIsRejectedAtAppraisalWithItsReasons() {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Triệu Thị Lan", unit, YEAR, "COMPLETED"),
                "LAO_DONG_TIEN_TIEN", YEAR);
        Map<String, Object> submitted = ok(post("/api/nominations/" + id + "/submit", null, officer));
        assertThat(submitted.get("eligible")).isEqualTo(false);
        assertThat(submitted.toString()).contains("rating-too-low", "hoàn thành tốt nhiệm vụ");
        Map<String, Object> appraised = ok(post("/api/nominations/" + id + "/appraise", null, REVIEWER));
        assertThat(appraised.get("status")).isEqualTo("REJECTED");
        awaitEvent(EventCatalog.NOMINATION_APPRAISED_V1, id, e ->
                e.outcome() == NominationAppraised.Outcome.REJECTED_INELIGIBLE
                        && e.reasonCodes().equals(List.of("rating-too-low")));
    }

    @Test
    void overlappingNominationsAreFlaggedAtSubmission() {
        String unit = freshUnit();
        String officer = officer(unit);
        String personId = person("Lương Văn Tùng", unit, YEAR, "EXCELLENT");
        String first = nomination(officer, "INDIVIDUAL", personId, "LAO_DONG_TIEN_TIEN", YEAR);
        String second = nomination(officer, "INDIVIDUAL", personId, "LAO_DONG_TIEN_TIEN", YEAR);
        ok(post("/api/nominations/" + first + "/submit", null, officer));
        Map<String, Object> flagged = ok(post("/api/nominations/" + second + "/submit", null, officer));
        assertThat((List<?>) flagged.get("flags")).singleElement().asString().contains(first);
        NominationSubmitted event = awaitEvent(EventCatalog.NOMINATION_SUBMITTED_V1, second, e -> true);
        assertThat(event.overlappingNominationIds()).containsExactly(first);
    }

    @Test
    void officersSeeOnlyTheirOwnUnitsAndTheStaleVersionIsRefused() {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Phùng Văn Đức", unit, YEAR, "GOOD"),
                "LAO_DONG_TIEN_TIEN", YEAR);
        get("/api/nominations/" + id, officer(freshUnit())).expectStatus().isNotFound();
        get("/api/nominations", null).expectStatus().isUnauthorized();
        get("/api/nominations?q=Phùng Văn Đức", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1);
        get("/api/nominations?q=Phùng Văn Đức", officer(freshUnit())).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(0);
        web.post().uri("/api/nominations/" + id + "/submit").headers(h -> h.setBearerAuth(officer))
                .header(HttpHeaders.IF_MATCH, "\"7\"").exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        // Someone else's unit cannot be nominated by an officer.
        String stranger = person("Hà Thị Nga", freshUnit(), YEAR, "GOOD");
        post("/api/nominations", Map.of("subjectKind", "INDIVIDUAL", "subjectId", stranger,
                "awardCode", "LAO_DONG_TIEN_TIEN", "year", YEAR, "timingType", "MERIT", "achievement", "x"), officer)
                .expectStatus().isEqualTo(422);
        post("/api/nominations", Map.of("subjectKind", "COLLECTIVE", "subjectId", unit, "displayName", "Tổ",
                "awardCode", "LAO_DONG_TIEN_TIEN", "year", YEAR, "timingType", "MERIT", "achievement", "x"), officer)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule")
                .isEqualTo("subject-kind-mismatch");
        post("/api/nominations", Map.of("subjectKind", "PERSON"), officer).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("subjectKind");
    }

    private static Map<String, Object> decision(String number, String nominationId) {
        return Map.of("number", number, "signedOn", "2026-12-05", "issuerUnitCode", "UBND-XA-PHUONG-TIEN",
                "issuerName", "UBND xã Phượng Tiến", "signerName", "Nguyễn Văn Thắng",
                "signerTitle", "Chủ tịch UBND xã",
                "legalGrounds", List.of("Luật Thi đua, khen thưởng số 06/2022/QH15",
                        "Nghị định số 152/2025/NĐ-CP"),
                "reason", "Đã có thành tích hoàn thành tốt nhiệm vụ năm 2026",
                "grants", List.of(Map.of("nominationId", nominationId, "prizeAmount", 500000)));
    }
}
