package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.devstack.DevStack;

/**
 * Publication on the real stack, through the gateway: a public notice opened in nomination-service appears on the
 * portal's feed at once, and an officer's article goes through the editorial board to the public, who count as
 * visitors without an account, within the gateway's rate limit.
 *
 * <p>The notice is opened through nomination-service's API; PublicNoticeOpened reaches publication-service through
 * Kafka, and the posting's ArticlePublished goes back to nomination-service, which starts the objection window.
 */
class PublicationFlowTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0";
    private static final String OTHER_BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Mobile Safari/604.1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
    }

    @Test
    void aPublicNoticeOpenedInNominationServiceAppearsOnThePortalFeedAtOnceAndTakesObjections() {
        var nominations = new Nominations(api);
        int year = 2026;
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Hà Thị Nguyệt " + marker.toUpperCase();
        String person = nominations.person(name, year);
        // Huân chương Lao động hạng Ba requires a public notice before the council meets.
        String nomination = nominations.submittedAndAppraised(person, "HUAN_CHUONG_LAO_DONG_HANG_BA", year,
                "Hai mươi năm gắn bó với công tác tư pháp – hộ tịch ở cơ sở");
        String title = "Công khai danh sách đề nghị tặng Huân chương Lao động hạng Ba – đợt " + marker;
        String noticeId = nominations.openPublicNotice(title, nomination);

        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Api.Response feed = api.get("/api/feeds/portal/rss?category=PUBLIC_NOTICES", null);
            return feed.status() == 200 && feed.text().contains(title);
        });
        Api.Response rss = api.get("/api/feeds/portal/rss", null);
        assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");
        assertThat(rss.text()).contains(title);

        JsonNode page = api.get("/api/articles?category=PUBLIC_NOTICES&q=" + marker, null).json()
                .get("items").get(0);
        assertThat(page.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(page.get("notice").get("noticeId").asString()).isEqualTo(noticeId);
        assertThat(page.get("notice").get("objectionPath").asString())
                .isEqualTo("/api/public-notices/" + noticeId + "/objections");
        assertThat(page.get("body").asString()).contains(name);
        assertThat(api.get("/api/articles/by-slug/" + page.get("slug").asString(), null).status()).isEqualTo(200);

        // The posting's ArticlePublished starts the legal window in nomination-service ...
        JsonNode notice = await().atMost(EVENTUALLY).until(() -> api.get("/api/public-notices/" + noticeId, null)
                .json(), body -> body.hasNonNull("postedAt"));
        assertThat(notice.get("status").asString()).isEqualTo("OPEN");
        // ... and a citizen objects on that page without an account, through the gateway.
        Api.Response objection = api.post("/api/public-notices/" + noticeId + "/objections", """
                {"nominationId": "%s", "content": "Đề nghị làm rõ thời gian công tác của người được đề nghị."}
                """.formatted(nomination), null);
        assertThat(objection.status()).as(objection.text()).isEqualTo(201);
    }

    @Test
    void anOfficersArticleReachesThePublicThroughTheEditorialBoard() {
        String officer = api.token("officer-phuongtien");
        String editor = api.token("editor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"title": "Xã Phượng Tiến hoàn thành đường giao thông nông thôn %s",
                 "summary": "Nhân dân góp công, góp đất mở rộng tuyến đường liên thôn.",
                 "body": "<p>Tuyến đường dài 2 km đã hoàn thành.</p><script>alert(1)</script>",
                 "category": "NEWS", "channels": ["xa-phuong-tien", "portal"]}""".formatted(marker);
        Api.Response created = api.post("/api/articles", body, officer);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("body").asString()).doesNotContain("script");

        assertThat(api.post("/api/articles/" + id + "/submit", null, officer).status()).isEqualTo(200);
        assertThat(api.post("/api/articles/" + id + "/approve", null, officer).status()).isEqualTo(403);
        assertThat(api.post("/api/articles/" + id + "/approve", null, editor).status()).isEqualTo(200);
        assertThat(api.post("/api/articles/" + id + "/publish", null, editor).status()).isEqualTo(200);

        JsonNode list = api.get("/api/articles?channel=xa-phuong-tien&q=duong%20giao%20thong%20nong%20thon%20" + marker, null)
                .json();
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(id);
        // Readers count without an account; one reader's second view within 30 minutes does not. (All clients of
        // this test connect from this machine, so another browser is what makes another reader here.)
        assertThat(visit(id, "198.51.100.20", BROWSER).body()).contains("\"outcome\":\"COUNTED\"");
        assertThat(visit(id, "198.51.100.20", BROWSER).body()).contains("\"outcome\":\"REPEATED\"");
        assertThat(visit(id, "198.51.100.21", OTHER_BROWSER).body()).contains("\"outcome\":\"COUNTED\"");
        assertThat(visit(id, "198.51.100.22", "Googlebot/2.1").body()).contains("\"outcome\":\"BOT\"");
        assertThat(api.get("/api/visits/stats?articleId=" + id, null).json().get("articleViews").asLong()).isEqualTo(2);
        assertThat(api.get("/api/sitemap.xml", null).text()).contains(created.json().get("slug").asString());
    }

    @Test
    void countingIsRateLimitedPerClientAtTheGateway() {
        String address = "198.51.100." + (100 + (int) (Math.random() * 100));
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
            last = visit(null, address, BROWSER);
            assertThat(last.statusCode()).isIn(202, 429);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // Another reader is not held back by this one.
        assertThat(visit(null, "198.51.100.99", BROWSER).statusCode()).isEqualTo(202);
    }

    /** A page view as the portal's browser code sends it, from {@code address} behind the local proxy. */
    private static HttpResponse<String> visit(String articleId, String address, String userAgent) {
        String body = articleId == null ? "{}" : "{\"articleId\": \"" + articleId + "\"}";
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/visits"))
                .header("Content-Type", "application/json").header("User-Agent", userAgent)
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
