package vn.thidua.publication.web;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.Year;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;

/** Counting visits through the API, photos in GridFS with their type and size checked, and publicity duties. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class VisitsPhotosDutiesTest {

    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36";
    private static final String REVIEWER = TestTokenIssuer.shared().token("reviewer", "SNV-TN", Role.REVIEWER);
    /** The smallest valid PNG: a 1×1 transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired WebTestClient web;

    private EditorialWorkflowTest api() {
        var api = new EditorialWorkflowTest();
        api.web = web;
        return api;
    }

    @Test
    void aVisitorsRepeatedViewsCountOnceAndBotsNotAtAll() {
        var api = api();
        var article = api.create(EditorialWorkflowTest.EDITOR,
                EditorialWorkflowTest.article("Lượt xem " + UUID.randomUUID(), List.of("portal")));
        api.publish(article.id());
        long before = stats(null).totalVisits();

        String visitor = "198.51.100." + (int) (Math.random() * 250 + 1);
        visit(article.id(), visitor, BROWSER).jsonPath("$.counted").isEqualTo(true);
        visit(article.id(), visitor, BROWSER).jsonPath("$.counted").isEqualTo(false)
                .jsonPath("$.outcome").isEqualTo("REPEATED");
        visit(article.id(), visitor, "Googlebot/2.1 (+http://www.google.com/bot.html)")
                .jsonPath("$.outcome").isEqualTo("BOT");
        visit(article.id(), "203.0.113.9", BROWSER).jsonPath("$.counted").isEqualTo(true);

        var after = stats(article.id());
        assertThat(after.articleViews()).isEqualTo(2);
        assertThat(after.totalVisits()).isGreaterThanOrEqualTo(before + 2);
        assertThat(after.onlineNow()).isGreaterThanOrEqualTo(2);
        web.get().uri("/api/visits/stats").exchange().expectBody()
                .jsonPath("$.onlineNowLabel").isEqualTo("Đang truy cập")
                .jsonPath("$.totalVisitsLabel").isEqualTo("Tổng truy cập");

        // A draft cannot be viewed, so it cannot be counted.
        var draft = api.create(EditorialWorkflowTest.EDITOR,
                EditorialWorkflowTest.article("Chưa đăng " + UUID.randomUUID(), List.of("portal")));
        web.post().uri("/api/visits").header(HttpHeaders.USER_AGENT, BROWSER)
                .bodyValue(Map.of("articleId", draft.id())).exchange().expectStatus().isNotFound();
    }

    @Test
    void photosAreStoredInGridFsAndCheckedByTheirBytes() {
        var created = web.post().uri("/api/articles/photos").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER))
                .contentType(MediaType.IMAGE_PNG).bodyValue(PNG).exchange()
                .expectStatus().isCreated()
                .expectBody(ArticleView.PhotoView.class).returnResult().getResponseBody();
        assertThat(created.contentType()).isEqualTo("image/png");
        assertThat(created.size()).isEqualTo(PNG.length);
        web.get().uri(created.url()).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).isEqualTo(PNG);

        // A script called a JPEG is refused by what it is, and an oversized image by its size.
        web.post().uri("/api/articles/photos").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER))
                .contentType(MediaType.IMAGE_JPEG).bodyValue("<script>alert(1)</script>".getBytes()).exchange()
                .expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        web.post().uri("/api/articles/photos").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER))
                .contentType(MediaType.IMAGE_PNG).bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/articles/photos").contentType(MediaType.IMAGE_PNG).bodyValue(PNG).exchange()
                .expectStatus().isUnauthorized();

        // An article shows its photo with the caption; an unknown photo id is a field error.
        var body = new HashMap<>(EditorialWorkflowTest.article("Ảnh " + UUID.randomUUID(),
                List.of("xa-phuong-tien")));
        body.put("photos", List.of(Map.of("id", created.id(), "caption", "Nhân dân xã Phượng Tiến làm đường")));
        web.post().uri("/api/articles").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER)).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.photos[0].caption").isEqualTo("Nhân dân xã Phượng Tiến làm đường")
                .jsonPath("$.photos[0].contentType").isEqualTo("image/png")
                .jsonPath("$.photos[0].url").isEqualTo(created.url());
        body.put("photos", List.of(Map.of("id", UUID.randomUUID().toString(), "caption", "x")));
        web.post().uri("/api/articles").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER)).bodyValue(body)
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("photos[0].id");
    }

    @Test
    void theDutyReportShowsTargetPublishedAndGap() {
        var api = api();
        String unit = "XA-PHUONG-TIEN";
        int year = Year.now().getValue();
        String dutyId = web.post().uri("/api/publicity-duties").headers(h -> h.setBearerAuth(REVIEWER))
                .bodyValue(Map.of("unitCode", unit, "kind", "EXEMPLAR_STORIES", "periodFrom", year + "-01-01",
                        "periodTo", year + "-12-31", "target", 1000, "plan", "Kế hoạch 40/KH-UBND ngày 08/3/2021"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        long before = published(dutyId);

        var story = new HashMap<>(EditorialWorkflowTest.article("Điển hình " + UUID.randomUUID(),
                List.of("xa-phuong-tien")));
        story.put("category", "EXEMPLARS");
        var counted = api.create(EditorialWorkflowTest.OFFICER, story);
        api.step(counted.id(), "submit", EditorialWorkflowTest.OFFICER, "\"1\"").expectStatus().isOk();
        api.step(counted.id(), "approve", EditorialWorkflowTest.EDITOR, "\"2\"").expectStatus().isOk();
        api.step(counted.id(), "publish", EditorialWorkflowTest.OFFICER, "\"3\"").expectStatus().isOk();
        // News does not fulfil an exemplar-story duty.
        var news = api.create(EditorialWorkflowTest.OFFICER,
                EditorialWorkflowTest.article("Tin thường " + UUID.randomUUID(), List.of("xa-phuong-tien")));
        api.publish(news.id());
        assertThat(published(dutyId)).isEqualTo(before + 1);

        web.get().uri("/api/publicity-duties/report?from={f}&to={t}", year + "-01-01", year + "-12-31")
                .headers(h -> h.setBearerAuth(REVIEWER)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.duty.id == '" + dutyId + "')].gap").isEqualTo(List.of((int) (1000 - before - 1)))
                .jsonPath("$[?(@.duty.id == '" + dutyId + "')].met").isEqualTo(List.of(false));
        // An officer reads its own unit's duties only; setting targets is the plan owner's.
        web.get().uri("/api/publicity-duties/report?unitCode=XA-PHU-TIEN")
                .headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.duty.unitCode != '" + unit + "')]").isEmpty();
        web.post().uri("/api/publicity-duties").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER))
                .bodyValue(Map.of("unitCode", unit, "kind", "ARTICLES", "periodFrom", "2026-01-01",
                        "periodTo", "2026-03-31", "target", 12)).exchange().expectStatus().isForbidden();
        web.post().uri("/api/publicity-duties").headers(h -> h.setBearerAuth(REVIEWER))
                .bodyValue(Map.of("unitCode", unit, "kind", "ARTICLES", "periodFrom", "2026-03-31",
                        "periodTo", "2026-01-01", "target", 0)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    private long published(String dutyId) {
        List<?> lines = web.get().uri("/api/publicity-duties/report").headers(h -> h.setBearerAuth(REVIEWER))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return lines.stream().<Map<?, ?>>map(l -> (Map<?, ?>) l)
                .filter(l -> dutyId.equals(((Map<?, ?>) l.get("duty")).get("id")))
                .mapToLong(l -> ((Number) l.get("published")).longValue()).findFirst().orElseThrow();
    }

    private WebTestClient.BodyContentSpec visit(String articleId, String address, String userAgent) {
        return web.post().uri("/api/visits").header(HttpHeaders.USER_AGENT, userAgent)
                .header("X-Forwarded-For", address + ", 10.0.0.1")
                .bodyValue(Map.of("articleId", articleId)).exchange()
                .expectStatus().isAccepted().expectBody();
    }

    private VisitController.StatsView stats(String articleId) {
        return web.get().uri(articleId == null ? "/api/visits/stats" : "/api/visits/stats?articleId=" + articleId)
                .exchange().expectStatus().isOk().expectBody(VisitController.StatsView.class)
                .returnResult().getResponseBody();
    }

}
