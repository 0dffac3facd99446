package vn.thidua.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.nomination.ObjectionResolved;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.nomination.ApiTestSupport;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.metrics.RefreshedGauges;

/**
 * The public notice: opened by the office, waiting until publication-service's real ArticlePublished (sent to the
 * broker) starts the window of N working days; objections from anyone, kept private; a decision refused while the
 * window is open or an objection is unresolved.
 */
class PublicNoticeWindowTest extends ApiTestSupport {

    @Autowired WorkingDayCalendar calendar;
    /** Refreshed on demand below, so that a reading reflects the database at that step of the story. */
    @Autowired RefreshedGauges gauges;

    @Test
    void theWindowStartsWhenThePortalPublishesTheNoticeAndObjectionsBlockTheDecision() {
        String unit = freshUnit();
        String officer = officer(unit);
        String personId = person("Đinh Thị Hạnh", unit, 2026, "EXCELLENT");
        String id = nomination(officer, "INDIVIDUAL", personId, "HUAN_CHUONG_LAO_DONG_HANG_BA", 2026);
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        assertThat(ok(post("/api/nominations/" + id + "/appraise", null, REVIEWER)).get("status"))
                .isEqualTo("AWAITING_NOTICE");
        // Not before the notice: the council takes only nominees whose notice is over.
        post("/api/council-sessions", session(id), REVIEWER).expectStatus().isEqualTo(409);

        Map<String, Object> notice = created("/api/public-notices", Map.of("title",
                "Lấy ý kiến nhân dân về đề nghị tặng Huân chương Lao động hạng Ba", "authorityUnitCode", "UBND-TN",
                "legalBasis", "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 48", "nominationIds", List.of(id)),
                REVIEWER);
        String noticeId = (String) notice.get("id");
        assertThat(notice.get("status")).isEqualTo("AWAITING_POSTING");
        assertThat(notice.get("workingDays")).isEqualTo(10);
        PublicNoticeOpened opened = awaitEvent(EventCatalog.PUBLIC_NOTICE_OPENED_V1, noticeId, e -> true);
        assertThat(opened.nominees()).singleElement().satisfies(n -> assertThat(n.displayName())
                .isEqualTo("Đinh Thị Hạnh"));
        assertThat(opened.objectionPath()).isEqualTo("/api/public-notices/" + noticeId + "/objections");

        Map<String, Object> objection = Map.of("nominationId", id, "content", "Đề nghị xem xét lại thành tích.",
                "name", "Nguyễn Văn Khiếu", "contact", "0987654321");
        post("/api/public-notices/" + noticeId + "/objections", objection, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("chưa được đăng tải"));

        Instant publishedAt = CLOCK.instant();
        send(EventCatalog.ARTICLE_PUBLISHED_V1, new ArticlePublished(UUID.randomUUID().toString(), 3, "19",
                "lay-y-kien-nhan-dan-huan-chuong", "Lấy ý kiến nhân dân", null, ArticleCategory.PUBLIC_NOTICES,
                List.of("portal"), "SNV-TN", null, noticeId, "/cong-khai/lay-y-kien", publishedAt, null));
        LocalDate closesOn = calendar.deadline(publishedAt, 10);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/public-notices/" + noticeId, null)
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.closesOn").isEqualTo(closesOn.toString()));

        // Anyone objects without a token; who they are never comes back out.
        Map<String, Object> receipt = created("/api/public-notices/" + noticeId + "/objections", objection, null);
        String objectionId = (String) receipt.get("objectionId");
        String publicView = get("/api/public-notices/" + noticeId, null).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(publicView).contains("\"objectionsUnresolved\":1").doesNotContain("Nguyễn Văn Khiếu", "0987654321",
                "xem xét lại");
        get("/api/public-notices/" + noticeId + "/objections", null).expectStatus().isUnauthorized();
        get("/api/public-notices/" + noticeId + "/objections", REVIEWER).expectStatus().isOk().expectBody()
                .jsonPath("$[0].objectorName").isEqualTo("Nguyễn Văn Khiếu");
        awaitEvent(EventCatalog.OBJECTION_RAISED_V1, noticeId, e -> e.objectionId().equals(objectionId));
        assertThat(allPublishedText(noticeId)).doesNotContain("Nguyễn Văn Khiếu", "0987654321", "xem xét lại");

        // The window is still open on its last day.
        moveTo(closesOn);
        post("/api/public-notices/" + noticeId + "/close", null, REVIEWER).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("notice-window-open");
        double passedUndecided = windowPassedUndecided();
        moveTo(closesOn.plusDays(1));
        // From the next day the notice counts among those whose window passed with no decision yet.
        assertThat(windowPassedUndecided()).isEqualTo(passedUndecided + 1);
        post("/api/public-notices/" + noticeId + "/objections", objection, null).expectStatus().isEqualTo(422);
        ok(post("/api/public-notices/" + noticeId + "/close", null, REVIEWER));
        awaitEvent(EventCatalog.PUBLIC_NOTICE_CLOSED_V1, noticeId, e -> e.objectionsUnresolved() == 1
                && e.windowEndedOn().equals(closesOn));

        String sessionId = (String) created("/api/council-sessions", session(id), REVIEWER).get("id");
        post("/api/council-sessions/" + sessionId + "/ballots",
                Map.of("votes", List.of(Map.of("nominationId", id, "choice", "YES"))),
                member("cm-a", "UBND-TN")).expectStatus().isCreated();
        ok(post("/api/council-sessions/" + sessionId + "/close", Map.of("minutes", "Biên bản"), REVIEWER));

        // An objection still unresolved blocks the decision; once dismissed, the decision goes through.
        post("/api/decisions", decision("201/QĐ-UBND", id), ADMIN).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("objection-unresolved");
        ok(post("/api/public-notices/" + noticeId + "/objections/" + objectionId + "/resolve",
                Map.of("outcome", "DISMISSED", "resolution", "Đã xác minh, thành tích đúng như báo cáo."), REVIEWER));
        awaitEvent(EventCatalog.OBJECTION_RESOLVED_V1, noticeId,
                e -> e.outcome() == ObjectionResolved.Outcome.DISMISSED && e.objectionsUnresolved() == 0);
        Map<String, String> award = Map.of("award_type", "HUAN_CHUONG_LAO_DONG_HANG_BA");
        double issuedBefore = metric("thidua_decisions_issued_total", award);
        created("/api/decisions", decision("201/QĐ-UBND", id), ADMIN);

        assertThat(metric("thidua_decisions_issued_total", award)).isEqualTo(issuedBefore + 1);
        assertThat(windowPassedUndecided()).isEqualTo(passedUndecided);
        assertThat(metric("thidua_decisions", Map.of("year", "2026"))).isPositive();
    }

    private double windowPassedUndecided() {
        gauges.refresh().block();
        return metric("thidua_public_notices_window_passed_undecided", Map.of());
    }

    @Test
    void anUpheldObjectionStopsTheNominee() {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Lò Văn Páo", unit, 2026, "EXCELLENT"),
                "HUAN_CHUONG_LAO_DONG_HANG_BA", 2026);
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        ok(post("/api/nominations/" + id + "/appraise", null, REVIEWER));
        String noticeId = (String) created("/api/public-notices", Map.of("title", "Công khai", "authorityUnitCode",
                "UBND-TN", "nominationIds", List.of(id)), REVIEWER).get("id");
        Instant publishedAt = CLOCK.instant();
        send(EventCatalog.ARTICLE_PUBLISHED_V1, new ArticlePublished(UUID.randomUUID().toString(), 1, "19",
                "cong-khai", "Công khai", null, ArticleCategory.PUBLIC_NOTICES, List.of("portal"), "SNV-TN", null,
                noticeId, "/cong-khai", publishedAt, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/public-notices/" + noticeId, null)
                .expectBody().jsonPath("$.status").isEqualTo("OPEN"));
        String objectionId = (String) created("/api/public-notices/" + noticeId + "/objections",
                Map.of("nominationId", id, "content", "Hồ sơ kê khai không đúng."), null).get("objectionId");
        ok(post("/api/public-notices/" + noticeId + "/objections/" + objectionId + "/resolve",
                Map.of("outcome", "UPHELD", "resolution", "Xác minh cho thấy thành tích kê khai chưa đúng."), REVIEWER));
        moveTo(calendar.deadline(publishedAt, 10).plusDays(1));
        ok(post("/api/public-notices/" + noticeId + "/close", null, REVIEWER));
        assertThat(ok(get("/api/nominations/" + id, REVIEWER)).get("status")).isEqualTo("REJECTED");
    }

    private static void moveTo(LocalDate day) {
        Instant target = day.atTime(9, 0).atZone(WorkingDayCalendar.VIETNAM).toInstant();
        if (target.isAfter(CLOCK.instant())) {
            CLOCK.advance(Duration.between(CLOCK.instant(), target));
        }
    }

    private static Map<String, Object> session(String nominationId) {
        return Map.of("title", "Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh", "meetingDate", "2026-12-20",
                "members", List.of(Map.of("userId", "cm-a", "name", "Lê Thị Thu", "unitCode", "UBND-TN")),
                "nominationIds", List.of(nominationId));
    }

    private static Map<String, Object> decision(String number, String nominationId) {
        return Map.of("number", number, "signedOn", "2026-12-22", "issuerUnitCode", "UBND-TN-TEST",
                "issuerName", "UBND tỉnh Thái Nguyên", "signerTitle", "Chủ tịch UBND tỉnh",
                "legalGrounds", List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"),
                "reason", "Đã có thành tích xuất sắc trong lao động", "grants",
                List.of(Map.of("nominationId", nominationId)));
    }
}
