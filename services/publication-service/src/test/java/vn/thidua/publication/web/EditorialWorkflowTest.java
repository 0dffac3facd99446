package vn.thidua.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;

/**
 * The editorial workflow through the API, on the real broker and Mongo-wire server: who may take which step from
 * which status, reject with a reason, slugs, sanitising, history, and ArticlePublished through the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class EditorialWorkflowTest {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    static final String EDITOR = ISSUER.token("editor", "UBND-TN", Role.EDITOR);
    static final String OFFICER = ISSUER.token("officer-phuongtien", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);
    static final String OTHER_OFFICER = ISSUER.token("officer-phutien", "XA-PHU-TIEN", Role.UNIT_OFFICER);
    static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);


    @Autowired WebTestClient web;

    @Test
    void anOfficersDraftGoesThroughReviewAndIsPublishedWithItsEvent() {
        String marker = UUID.randomUUID().toString();
        String title = "Xã Phượng Tiến sơ kết phong trào thi đua " + marker;
        String id = create(OFFICER, article(title, List.of("portal", "xa-phuong-tien"))).id();

        // Only the editorial board approves, and nothing is approved before it is submitted.
        step(id, "approve", EDITOR, "\"1\"").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("illegal-transition"));
        step(id, "submit", OFFICER, "\"1\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.status").isEqualTo("IN_REVIEW");
        step(id, "approve", OFFICER, "\"2\"").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        step(id, "approve", EDITOR, "\"1\"").expectStatus().isEqualTo(412);
        step(id, "approve", EDITOR, "\"2\"").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        // An article for the portal is published by the board, not by the officer.
        step(id, "publish", OFFICER, "\"3\"").expectStatus().isForbidden();
        step(id, "publish", EDITOR, "\"3\"").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.publishedAt").exists()
                .jsonPath("$.steps.length()").isEqualTo(3);

        web.get().uri("/api/articles?channel=xa-phuong-tien&q={q}", "PHUONG TIEN so ket phong trao thi dua " + marker)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].steps").doesNotExist();

        ArticlePublished event = awaitPublished(id, 4);
        assertThat(event.channels()).containsExactly("portal", "xa-phuong-tien");
        assertThat(event.authorUnitCode()).isEqualTo("XA-PHUONG-TIEN");
        assertThat(event.revision()).isNull();
        assertThat(event.url()).startsWith("/tin-tuc/xa-phuong-tien-so-ket-phong-trao-thi-dua-");
    }

    @Test
    void aRejectionNeedsAReasonAndSendsTheArticleBackToDraft() {
        String id = create(OFFICER, article("Bài cần sửa " + UUID.randomUUID(), List.of("xa-phuong-tien"))).id();
        step(id, "submit", OFFICER, "\"1\"").expectStatus().isOk();

        stepWith(id, "reject", EDITOR, "\"2\"", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        stepWith(id, "reject", EDITOR, "\"2\"", Map.of("reason", "  ")).expectStatus().isBadRequest();
        stepWith(id, "reject", EDITOR, "\"2\"", Map.of("reason", "Thiếu ảnh minh họa và nguồn số liệu."))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.rejectionReason").isEqualTo("Thiếu ảnh minh họa và nguồn số liệu.")
                .jsonPath("$.steps[1].action").isEqualTo("REJECT")
                .jsonPath("$.steps[1].reason").isEqualTo("Thiếu ảnh minh họa và nguồn số liệu.");

        // The author sees the reason; after resubmission and approval the officer publishes to its own page alone.
        web.get().uri("/api/articles/" + id).headers(h -> h.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.rejectionReason").exists();
        step(id, "submit", OFFICER, "\"3\"").expectStatus().isOk();
        step(id, "approve", EDITOR, "\"4\"").expectStatus().isOk();
        step(id, "publish", OFFICER, "\"5\"").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        // Published is not a status one can re-enter review from.
        step(id, "submit", OFFICER, "\"6\"").expectStatus().isEqualTo(409);
    }

    @Test
    void anOfficerNeverWritesForAnotherCommunesPageAndDoesNotSeeItsDrafts() {
        create(OFFICER, article("Sai trang " + UUID.randomUUID(), List.of("xa-phu-tien")), 403);
        create(REVIEWER, article("Không phải người viết", List.of("portal")), 403);
        String id = create(OTHER_OFFICER, article("Tin xã Phú Tiến " + UUID.randomUUID(), List.of("xa-phu-tien"))).id();
        web.get().uri("/api/articles/" + id).headers(h -> h.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isNotFound();
        step(id, "submit", OFFICER, "\"1\"").expectStatus().isNotFound();
        web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty();
        web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(OTHER_OFFICER)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty();
        // An editor naming a channel nobody opened gets the field named.
        create(EDITOR, article("Kênh lạ", List.of("portal", "xa-khong-co")), 400);
    }

    @Test
    void aScriptInTheBodyNeverReachesAReader() {
        var body = Map.<String, Object>of("title", "Gương sáng " + UUID.randomUUID(),
                "summary", "Tóm tắt", "category", "EXEMPLARS", "channels", List.of("portal"),
                "body", "<p onclick=\"steal()\">Anh Hoàng Văn A<script>alert('x')</script></p>"
                        + "<a href=\"javascript:alert(1)\">xem</a><img src=x onerror=alert(1)><iframe src=//evil></iframe>");
        var created = create(EDITOR, body);
        assertThat(created.body()).contains("Anh Hoàng Văn A")
                .doesNotContain("<script", "alert", "onclick", "onerror", "javascript:", "<iframe");
        publish(created.id());
        web.get().uri("/api/articles/by-slug/" + created.slug()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.body").value(html -> assertThat((String) html)
                        .contains("Anh Hoàng Văn A").doesNotContain("<script", "alert", "onerror"));
    }

    @Test
    void twoArticlesWithOneTitleGetDistinctSlugsAndAPublishedEditKeepsTheHistory() {
        String title = "Định Hóa tôn vinh điển hình tiên tiến " + UUID.randomUUID().toString().substring(0, 8);
        var first = create(EDITOR, article(title, List.of("portal")));
        var second = create(EDITOR, article("  " + title + " ", List.of("portal")));
        assertThat(first.slug()).isEqualTo(second.slug()).startsWith("dinh-hoa-ton-vinh-dien-hinh-tien-tien-");
        publish(first.id());
        publish(second.id());
        web.get().uri("/api/articles/by-slug/" + first.slug()).exchange().expectBody().jsonPath("$.id").isEqualTo(first.id());
        web.get().uri("/api/articles/by-slug/" + first.slug() + "-2").exchange().expectBody().jsonPath("$.id").isEqualTo(second.id());

        // The board corrects the published article: readers see the new text, the old one stays in the history,
        // the slug stays, and the event says which revision went live.
        var edit = article(title + " (đính chính)", List.of("portal"));
        web.put().uri("/api/articles/" + first.id()).headers(h -> { h.setBearerAuth(OFFICER); h.setIfMatch("\"4\""); })
                .bodyValue(edit).exchange().expectStatus().isNotFound();
        web.put().uri("/api/articles/" + first.id()).headers(h -> { h.setBearerAuth(EDITOR); h.setIfMatch("\"4\""); })
                .bodyValue(edit).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.slug").isEqualTo(first.slug())
                .jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.revisions[0].title").isEqualTo(title)
                .jsonPath("$.revisions[0].revision").isEqualTo(1);
        ArticlePublished corrected = awaitPublished(first.id(), 5);
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.title()).endsWith("(đính chính)");
    }

    @Test
    void badInputIsNamedInVietnamese() {
        web.post().uri("/api/articles").headers(h -> h.setBearerAuth(EDITOR))
                .bodyValue(Map.of("title", " ", "category", "NEWS", "channels", List.of("Portal!")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'title')]").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'body')]").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'channels[0]')]").isNotEmpty();
        web.post().uri("/api/articles").headers(h -> h.setBearerAuth(EDITOR))
                .bodyValue(Map.of("title", "x", "category", "GOSSIP", "channels", List.of("portal"), "body", "<p>x</p>"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
        String id = create(EDITOR, article("Hẹn giờ sai " + UUID.randomUUID(), List.of("portal"))).id();
        step(id, "submit", EDITOR, "\"1\"").expectStatus().isOk();
        step(id, "approve", EDITOR, "\"2\"").expectStatus().isOk();
        stepWith(id, "schedule", EDITOR, "\"3\"", Map.of("scheduledAt", "2020-01-01T00:00:00Z"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("scheduledAt");
        web.post().uri("/api/articles").exchange().expectStatus().isUnauthorized();
    }

    // ---- helpers shared with the other tests of this package

    static Map<String, Object> article(String title, List<String> channels) {
        return Map.of("title", title, "summary", "Sáng ngày 12/6, " + title.toLowerCase() + ".",
                "body", "<p>Nội dung bài viết về " + title + ".</p>", "category", "NEWS", "channels", channels);
    }

    ArticleView create(String token, Map<String, Object> body) {
        return web.post().uri("/api/articles").headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(ArticleView.class).returnResult().getResponseBody();
    }

    void create(String token, Map<String, Object> body, int status) {
        web.post().uri("/api/articles").headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Submits, approves and publishes as the board; the article is at version 4 afterwards. */
    void publish(String id) {
        step(id, "submit", EDITOR, "\"1\"").expectStatus().isOk();
        step(id, "approve", EDITOR, "\"2\"").expectStatus().isOk();
        step(id, "publish", EDITOR, "\"3\"").expectStatus().isOk();
    }

    WebTestClient.ResponseSpec step(String id, String action, String token, String ifMatch) {
        return web.post().uri("/api/articles/" + id + "/" + action)
                .headers(h -> { h.setBearerAuth(token); h.set(HttpHeaders.IF_MATCH, ifMatch); }).exchange();
    }

    WebTestClient.ResponseSpec stepWith(String id, String action, String token, String ifMatch, Object body) {
        return web.post().uri("/api/articles/" + id + "/" + action)
                .headers(h -> { h.setBearerAuth(token); h.set(HttpHeaders.IF_MATCH, ifMatch); })
                .bodyValue(body).exchange();
    }

    static ArticlePublished awaitPublished(String articleId, long version) {
        return PublicationTopic.awaitPublished(articleId, version);
    }

    static ArticleWithdrawn awaitWithdrawn(String articleId, long version) {
        return PublicationTopic.awaitWithdrawn(articleId, version);
    }
}
