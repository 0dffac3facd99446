package vn.thidua.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;

/**
 * What a reader of the portal sees: feeds that ROME parses back with absolute links, the sitemap, per-channel and
 * per-category lists, and scheduled articles that publish themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class PublicReadingTest {

    private static final String BASE = "https://thainguyen.gov.vn";

    @Autowired WebTestClient web;

    private EditorialWorkflowTest api() {
        var api = new EditorialWorkflowTest();
        api.web = web;
        return api;
    }

    @Test
    void feedsOfAChannelAndOfACategoryParseBackWithAbsoluteLinks() throws Exception {
        var api = api();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var news = api.create(EditorialWorkflowTest.OFFICER,
                EditorialWorkflowTest.article("Phượng Tiến ra quân làm đường " + marker, List.of("xa-phuong-tien")));
        var exemplar = new HashMap<>(EditorialWorkflowTest.article(
                "Gương mẫu bà Hà Thị Vân " + marker, List.of("portal", "xa-phuong-tien")));
        exemplar.put("category", "EXEMPLARS");
        var story = api.create(EditorialWorkflowTest.EDITOR, exemplar);
        api.publish(news.id());
        api.publish(story.id());

        SyndFeed rss = parse(web.get().uri("/api/feeds/xa-phuong-tien/rss").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("application/rss+xml")
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getLink()).isEqualTo(BASE + "/xa-phuong-tien");
        assertThat(rss.getEntries()).extracting(SyndEntry::getLink)
                .contains(BASE + "/tin-tuc/" + news.slug(), BASE + "/dien-hinh-tien-tien/" + story.slug())
                .allSatisfy(link -> assertThat(link).startsWith(BASE + "/"));
        // Newest first: the exemplar story was published last.
        assertThat(rss.getEntries().get(0).getTitle()).isEqualTo(story.title());

        SyndFeed atom = parse(web.get().uri("/api/feeds/xa-phuong-tien/atom?category=EXEMPLARS").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("application/atom+xml")
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getEntries()).extracting(SyndEntry::getTitle).contains(story.title())
                .doesNotContain(news.title());

        web.get().uri("/api/channels/xa-phuong-tien/bundle").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        d -> assertThat(d).startsWith("attachment").contains("xa-phuong-tien-"))
                .expectBody(String.class).value(html -> assertThat(html).contains("<h2>" + story.title() + "</h2>")
                        .contains(BASE + "/dien-hinh-tien-tien/" + story.slug()));
        web.get().uri("/api/feeds/xa-khong-co/rss").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/feeds/portal/rss?category=GOSSIP").exchange().expectStatus().isBadRequest();
        web.get().uri("/api/articles?channel=portal&category=EXEMPLARS&q=guong mau ba ha thi van " + marker)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(story.id());
        web.get().uri("/api/sitemap.xml").exchange().expectStatus().isOk().expectBody(String.class)
                .value(xml -> assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                        .contains("<loc>" + BASE + "/dien-hinh-tien-tien/" + story.slug() + "</loc>"));
        web.get().uri("/api/channels").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'portal')].kind").isEqualTo(List.of("PORTAL"))
                .jsonPath("$[?(@.code == 'xa-phuong-tien')].kind").isEqualTo(List.of("COMMUNE_PAGE"));
    }

    @Test
    void aScheduledArticlePublishesItselfFromTheStoredSchedule() {
        var api = api();
        var article = api.create(EditorialWorkflowTest.EDITOR,
                EditorialWorkflowTest.article("Hẹn giờ " + UUID.randomUUID(), List.of("portal")));
        api.step(article.id(), "submit", EditorialWorkflowTest.EDITOR, "\"1\"").expectStatus().isOk();
        api.step(article.id(), "approve", EditorialWorkflowTest.EDITOR, "\"2\"").expectStatus().isOk();
        Instant at = Instant.now().plusSeconds(3);
        api.stepWith(article.id(), "schedule", EditorialWorkflowTest.EDITOR, "\"3\"", Map.of("scheduledAt", at.toString()))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        web.get().uri("/api/articles/" + article.id()).exchange().expectStatus().isNotFound();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/articles/" + article.id())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED"));
        var published = EditorialWorkflowTest.awaitPublished(article.id(), 5);
        assertThat(published.publishedAt()).isAfterOrEqualTo(at);
    }

    @Test
    void anArticleWithdrawnLeavesTheFeedAndSaysSo() {
        var api = api();
        var article = api.create(EditorialWorkflowTest.EDITOR,
                EditorialWorkflowTest.article("Bài sẽ gỡ " + UUID.randomUUID(), List.of("portal")));
        api.publish(article.id());
        api.stepWith(article.id(), "withdraw", EditorialWorkflowTest.EDITOR, "\"4\"", Map.of("reason", "Sai số liệu"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        web.get().uri("/api/articles/by-slug/" + article.slug()).exchange().expectStatus().isNotFound();
        web.get().uri("/api/feeds/portal/rss").exchange().expectBody(String.class)
                .value(xml -> assertThat(xml).doesNotContain(article.slug()));
        EditorialWorkflowTest.awaitWithdrawn(article.id(), 5);
    }

    @Test
    void theBoardOpensACommunePageAndNobodyElseDoes() {
        String code = "XA-MO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        web.post().uri("/api/channels").headers(h -> h.setBearerAuth(EditorialWorkflowTest.OFFICER))
                .bodyValue(Map.of("unitCode", code, "unitName", "UBND xã Mở")).exchange().expectStatus().isForbidden();
        web.post().uri("/api/channels").headers(h -> h.setBearerAuth(EditorialWorkflowTest.EDITOR))
                .bodyValue(Map.of("unitCode", "hoi-nghi", "unitName", "Trùng")).exchange().expectStatus().isBadRequest();
        web.post().uri("/api/channels").headers(h -> h.setBearerAuth(EditorialWorkflowTest.EDITOR))
                .bodyValue(Map.of("unitCode", code, "unitName", "UBND xã Mở")).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.code").isEqualTo(code.toLowerCase())
                .jsonPath("$.name").isEqualTo("Trang thông tin UBND xã Mở");
        // Now the board can write for that page.
        api().create(EditorialWorkflowTest.EDITOR, EditorialWorkflowTest.article("Tin xã Mở", List.of(code.toLowerCase())));
    }

    @Test
    void theOpenApiDocumentNamesEveryResource() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .value(doc -> assertThat(doc).contains("/api/articles/{id}/publish", "/api/articles/photos",
                        "/api/feeds/{channel}/rss", "/api/sitemap.xml", "/api/visits/stats",
                        "/api/publicity-duties/report", "/api/channels/{code}/bundle"));
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
