package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An award decision issued in nomination-service becomes an exemplar, which the commendation office recognises and
 * another commune adopts, all through the gateway: DecisionIssued travels from nomination-service's outbox to
 * exemplar-service, whose discovery list names Bằng khen của Chủ tịch UBND tỉnh.
 */
class ExemplarFlowTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static Api api;
    private static Nominations nominations;

    @BeforeAll
    static void stack() {
        api = E2eStack.api();
        nominations = new Nominations(api);
    }

    @Test
    void aDecisionOpensAnExemplarThatIsRecognisedAndAdoptedByAnotherCommune() {
        int year = 2026;
        String name = "Lục Văn Thành " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String person = nominations.person(name, year);
        String nomination = nominations.submittedAndAppraised(person, "BANG_KHEN_CHU_TICH_UBND_TINH", year,
                "Đưa mô hình chè VietGAP vào tổ hợp tác, nâng thu nhập các hộ thành viên");
        String[] decided = nominations.approvedAndDecided(nomination, year);
        String decisionId = decided[0];
        String number = decided[1];

        String reviewer = api.token("reviewer");
        String search = "/api/exemplars?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        JsonNode found = await().atMost(EVENTUALLY).until(() -> api.get(search, reviewer).json().get("items"),
                items -> items.size() == 1);
        JsonNode exemplar = found.get(0);
        String id = exemplar.get("id").asString();
        assertThat(exemplar.get("status").asString()).isEqualTo("DISCOVERED");
        assertThat(exemplar.get("source").asString()).isEqualTo("AWARD_DECISION");
        assertThat(exemplar.get("subject").get("name").asString()).isEqualTo(name);
        assertThat(exemplar.get("decisions").get(0).get("decisionId").asString()).isEqualTo(decisionId);
        assertThat(exemplar.get("decisions").get(0).get("decisionNumber").asString()).isEqualTo(number);
        // Not public until recognised.
        assertThat(api.get("/api/exemplars/" + id, null).status()).isEqualTo(404);

        Api.Response recognised = api.post("/api/exemplars/" + id + "/recognition", """
                {"basis": "DECISION", "reference": "Quyết định số %s của Chủ tịch UBND tỉnh",
                 "decisionId": "%s"}""".formatted(number, decisionId), reviewer);
        assertThat(recognised.status()).as(recognised.text()).isEqualTo(200);
        assertThat(recognised.json().get("status").asString()).isEqualTo("RECOGNISED");

        String folded = URLEncoder.encode(name.replace("Lục", "Luc").replace("Văn", "Van"), StandardCharsets.UTF_8);
        JsonNode board = api.get("/api/honour-board?size=100&q=" + folded, null).json();
        assertThat(board.get("items").valueStream().map(item -> item.get("id").asString())).contains(id);

        Api.Response adopted = api.post("/api/exemplars/" + id + "/adoptions", """
                {"unitCode": "XA-PHU-TIEN", "unitName": "UBND xã Phú Tiến", "scale": "2 thôn, 40 hộ trồng chè"}""",
                reviewer);
        assertThat(adopted.status()).as(adopted.text()).isEqualTo(201);
        assertThat(adopted.json().get("status").asString()).isEqualTo("REPLICATING");

        Api.Response ownUnit = api.post("/api/exemplars/" + id + "/adoptions", """
                {"unitCode": "XA-PHUONG-TIEN", "unitName": "UBND xã Phượng Tiến"}""",
                api.token("officer-phuongtien"));
        assertThat(ownUnit.status()).as(ownUnit.text()).isEqualTo(422);
        assertThat(ownUnit.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ownUnit.json().get("rule").asString()).isEqualTo("own-unit-adoption");

        JsonNode publicView = api.get("/api/exemplars/" + id, null).json();
        assertThat(publicView.get("adoptionCount").asInt()).isEqualTo(1);
        assertThat(publicView.has("decisions")).isFalse();
        assertThat(api.get("/api/exemplars/" + id + "/diffusion", null).json().get("adoptions").asInt()).isEqualTo(1);

        // The gateway's view of the exemplar gathers what the services know of it.
        JsonNode view = api.get("/api/views/exemplars/" + id, null).json();
        assertThat(view.get("exemplar").get("id").asString()).isEqualTo(id);
        assertThat(view.get("degraded").size()).isZero();
        assertThat(view.get("adoptions").size()).isEqualTo(1);
    }
}
