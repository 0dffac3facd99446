package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.thidua.devstack.DevStack;

/**
 * One event through every layer, on the real stack: a campaign drafted and launched through the gateway, its
 * CampaignLaunched relayed from campaign-service's outbox over Kafka, and the draft article publication-service
 * writes from it, read back through the gateway by the editorial board. Then the same under failure: a consumer
 * that is down, a relay that never ran, and a restart of everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static DevStack stack;
    private static Api api;
    private static Campaigns campaigns;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
        campaigns = new Campaigns(api);
    }

    @Test
    @Order(1)
    void aLaunchedCampaignBecomesOneDraftArticleForTheEditors() {
        String reviewer = api.token("reviewer");
        String editor = api.token("editor");
        String id = campaigns.draft(Campaigns.example("luồng chính"), reviewer);
        campaigns.launch(id, reviewer);

        await().atMost(EVENTUALLY).until(() -> campaigns.draftArticlesAbout(id, editor).size() == 1);

        JsonNode article = campaigns.draftArticlesAbout(id, editor).get(0);
        assertThat(article.get("status").asString()).isEqualTo("DRAFT");
        assertThat(article.get("category").asString()).isEqualTo("CAMPAIGNS");
        assertThat(article.get("title").asString()).startsWith("UBND tỉnh Thái Nguyên phát động phong trào thi đua");
        assertThat(article.get("summary").asString()).contains("Kế hoạch 25/KH-UBND ngày 15/1/2026");
        // Drafts are the editorial board's: the public sees no draft, and only the board may ask for them.
        assertThat(api.get("/api/articles/" + article.get("id").asString(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/articles?status=DRAFT", null).status()).isEqualTo(401);
        assertThat(api.get("/api/articles?status=DRAFT", api.token("council")).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void writesAreRefusedWithProblemsThatSayWhy() {
        String body = Campaigns.example("bị từ chối");

        Api.Response anonymous = api.post("/api/campaigns", body, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

        Api.Response officer = api.post("/api/campaigns", body, api.token("officer-phuongtien"));
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().get("title").asString()).isEqualTo("Không có quyền truy cập");

        String reviewer = api.token("reviewer");
        Api.Response malformed = api.post("/api/campaigns", "{\"title\": \"thiếu ngoặc\"", reviewer);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Api.Response invalid = api.post("/api/campaigns",
                body.replace("\"to\": \"2030-12-31\"", "\"to\": \"2025-12-31\"").replace("\"to\":\"2030-12-31\"",
                        "\"to\":\"2025-12-31\""), reviewer);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("period.to");
    }

    @Test
    @Order(3)
    void theGatewayAnswers503WhenAServiceIsDownAndNeverShowsActuators() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(404);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(404);
        assertThat(api.get("/api/campaigns/../../actuator/env", null).status()).isIn(400, 404);

        stack.stop("publication-service");
        try {
            Api.Response down = api.get("/api/articles", null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Content-Type")).startsWith("application/problem+json");
            assertThat(down.json().get("detail").asString()).contains("tạm thời");
        } finally {
            stack.start("publication-service");
        }
    }

    @Test
    @Order(4)
    void aLaunchWhilePublicationServiceIsDownBecomesAnArticleOnceItIsBack() {
        String reviewer = api.token("reviewer");
        String editor = api.token("editor");
        String id = campaigns.draft(Campaigns.example("khi dịch vụ tin bài dừng"), reviewer);
        stack.stop("publication-service");
        try {
            campaigns.launch(id, reviewer);
        } finally {
            stack.start("publication-service");
        }

        await().atMost(EVENTUALLY).until(() -> campaigns.draftArticlesAbout(id, editor).size() == 1);
    }

    @Test
    @Order(5)
    void aLaunchWrittenButNeverRelayedIsPublishedAfterARestartExactlyOnce() {
        String reviewer = api.token("reviewer");
        String editor = api.token("editor");
        // The relay is off: the launch is stored with its event in the outbox, and nothing reaches Kafka.
        stack.restart("campaign-service", Map.of("THIDUA_MESSAGING_OUTBOX_ENABLED", "false"));
        String id = campaigns.draft(Campaigns.example("khi relay dừng"), reviewer);
        campaigns.launch(id, reviewer);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> campaigns.draftArticlesAbout(id, editor).isEmpty());

        // A normal start: the relay sweeps the outbox it finds and publishes the launch.
        stack.restart("campaign-service", Map.of());

        await().atMost(EVENTUALLY).until(() -> campaigns.draftArticlesAbout(id, editor).size() == 1);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> campaigns.draftArticlesAbout(id, editor).size() == 1);
    }

    @Test
    @Order(6)
    void everyServiceAnswersItsProbesAndMetricsOnItsOwnPort() {
        for (String service : new String[] {"campaign-service", "publication-service"}) {
            var direct = new Api("http://localhost:" + stack.port(service), stack.issuerUrl());
            assertThat(direct.get("/actuator/health/liveness", null).status()).isEqualTo(200);
            assertThat(direct.get("/actuator/health/readiness", null).status()).isEqualTo(200);
            Api.Response metrics = direct.get("/actuator/prometheus", null);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.text()).contains("application=\"" + service + "\"").contains("thidua_outbox_backlog");
        }
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aRestartOfTheWholeStackKeepsTheCampaignAndItsArticle() {
        String reviewer = api.token("reviewer");
        String editor = api.token("editor");
        String id = campaigns.draft(Campaigns.example("trước khi khởi động lại"), reviewer);
        campaigns.launch(id, reviewer);
        await().atMost(EVENTUALLY).until(() -> campaigns.draftArticlesAbout(id, editor).size() == 1);

        stack = E2eStack.restartAll();
        api = new Api(stack.gatewayUrl(), stack.issuerUrl());
        campaigns = new Campaigns(api);

        // The issuer kept its key: a token issued before the restart is still accepted.
        Api.Response campaign = api.get("/api/campaigns/" + id, reviewer);
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        assertThat(campaign.json().get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(campaigns.draftArticlesAbout(id, editor)).hasSize(1);
    }
}
