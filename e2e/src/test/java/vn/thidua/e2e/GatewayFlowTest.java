package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.devstack.DevStack;

/**
 * The gateway's own features on the real stack: the views assembled from the four services, object-level access
 * re-checked by the service behind the edge, and the live stream carrying an article as it is published.
 */
class GatewayFlowTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
    }

    @Test
    void thePortalHomeGathersEveryServicesPartFromTheDemoData() {
        JsonNode home = api.get("/api/portal/home", null).json();

        assertThat(home.get("degraded").size()).as(home.toString()).isZero();
        assertThat(home.get("campaigns").get("items").size()).isPositive();
        assertThat(home.get("articles").get("items").size()).isPositive();
        assertThat(home.get("honourBoard").get("items").size()).isPositive();
        assertThat(home.has("publicNotices")).isTrue();
        assertThat(home.get("visits").isObject()).isTrue();
    }

    @Test
    void aCommuneOfficerCannotReadAnotherCommunesNominationThroughTheGateway() {
        String admin = api.token("admin");
        String person = api.post("/api/people", """
                {"fullName": "Nông Văn Khải", "birthDate": "1979-02-11", "idNumber": "019179%06d",
                 "memberships": [{"unitCode": "XA-BINH-THANH", "year": 2026, "position": "Công chức địa chính"}]}
                """.formatted((int) (Math.random() * 999_999)), admin).json().get("id").asString();
        Api.Response created = api.post("/api/nominations", """
                {"subjectKind": "INDIVIDUAL", "subjectId": "%s", "awardCode": "LAO_DONG_TIEN_TIEN", "year": 2026,
                 "timingType": "MERIT", "achievement": "Hoàn thành tốt nhiệm vụ đo đạc, cấp giấy chứng nhận"}
                """.formatted(person), admin);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String nomination = created.json().get("id").asString();
        String phuongTien = api.token("officer-phuongtien");

        assertThat(api.get("/api/nominations/" + nomination, phuongTien).status()).isIn(403, 404);
        assertThat(api.get("/api/views/nominations/" + nomination + "/timeline", phuongTien).status())
                .isEqualTo(404);
        assertThat(api.get("/api/views/nominations/" + nomination + "/timeline", admin).json()
                .get("events").size()).isPositive();
        // The other commune's view shows nothing of its nominations to this officer.
        JsonNode view = api.get("/api/views/units/XA-BINH-THANH", phuongTien).json();
        assertThat(view.get("nominations").isNull() || view.get("nominations").get("items").valueStream()
                .noneMatch(item -> item.get("id").asString().equals(nomination))).isTrue();
        assertThat(api.get("/api/views/units/XA-BINH-THANH", null).status()).isEqualTo(401);
    }

    @Test
    void theLiveStreamCarriesAnArticleToAConnectedReaderAsItIsPublished() {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/stream/public"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> response.body().forEach(lines::add));
        await().atMost(EVENTUALLY).until(() -> lines.stream().anyMatch(line -> line.startsWith(":")));

        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Xã Phượng Tiến ra quân làm đường giao thông nông thôn " + marker;
        String officer = api.token("officer-phuongtien");
        String editor = api.token("editor");
        String id = api.post("/api/articles", """
                {"title": "%s", "summary": "Cả xã cùng ra quân.", "body": "<p>Nhân dân góp công, góp đất.</p>",
                 "category": "NEWS", "channels": ["xa-phuong-tien"]}""".formatted(title), officer)
                .json().get("id").asString();
        assertThat(api.post("/api/articles/" + id + "/submit", null, officer).status()).isEqualTo(200);
        assertThat(api.post("/api/articles/" + id + "/approve", null, editor).status()).isEqualTo(200);
        assertThat(api.post("/api/articles/" + id + "/publish", null, editor).status()).isEqualTo(200);

        await().atMost(EVENTUALLY).until(() -> lines.stream().anyMatch(line -> line.startsWith("data:")
                && line.contains(title)));
        int at = indexOf(lines, title);
        assertThat(lines.subList(Math.max(0, at - 3), at)).anyMatch(line -> line.equals("event:ArticlePublished"))
                .anyMatch(line -> line.startsWith("id:"));
        stream.cancel(true);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
