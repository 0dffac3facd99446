package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.devstack.DevStack;

/**
 * A nomination from submission to decision through the gateway, on the real stack: a commune officer proposes and
 * submits, the commendation office appraises and convenes the council, the council member votes in secret, the
 * authority issues the decision, and its DecisionIssued, relayed from nomination-service's outbox, is on Kafka.
 * Lao động tiên tiến needs no public notice; the notice window is proven in nomination-service's own tests with
 * a real ArticlePublished.
 */
class NominationFlowTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
    }

    @Test
    void aNominationGoesFromSubmissionToDecisionAndTheDecisionIsPublished() {
        String officer = api.token("officer-phuongtien");
        String reviewer = api.token("reviewer");
        String admin = api.token("admin");
        int year = 2026;

        String personId = created(api.post("/api/people", """
                {"fullName": "Đàm Thị Xuân", "birthDate": "1988-03-08", "idNumber": "019188%06d",
                 "memberships": [{"unitCode": "XA-PHUONG-TIEN", "year": %d, "position": "Công chức tư pháp"}]}
                """.formatted((int) (Math.random() * 999_999), year), officer)).get("id").asString();
        assertThat(api.post("/api/people/" + personId + "/ratings",
                "{\"year\": %d, \"rating\": \"EXCELLENT\"}".formatted(year), officer).status()).isEqualTo(200);

        String nominationId = created(api.post("/api/nominations", """
                {"subjectKind": "INDIVIDUAL", "subjectId": "%s", "awardCode": "LAO_DONG_TIEN_TIEN", "year": %d,
                 "timingType": "MERIT",
                 "achievement": "Hoàn thành xuất sắc nhiệm vụ, hướng dẫn người dân làm thủ tục trực tuyến"}
                """.formatted(personId, year), officer)).get("id").asString();
        JsonNode submitted = ok(api.post("/api/nominations/" + nominationId + "/submit", null, officer));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("eligible").asBoolean()).isTrue();

        // The officer does not appraise; the commendation office does.
        assertThat(api.post("/api/nominations/" + nominationId + "/appraise", null, officer).status()).isEqualTo(403);
        assertThat(ok(api.post("/api/nominations/" + nominationId + "/appraise", null, reviewer))
                .get("status").asString()).isEqualTo("READY_FOR_COUNCIL");

        String sessionId = created(api.post("/api/council-sessions", """
                {"title": "Phiên họp Hội đồng Thi đua – Khen thưởng xét danh hiệu năm %d", "meetingDate": "%d-12-10",
                 "members": [{"userId": "council", "name": "Lê Thị Thu", "unitCode": "UBND-TN"}],
                 "nominationIds": ["%s"]}
                """.formatted(year, year, nominationId), reviewer)).get("id").asString();
        assertThat(api.post("/api/council-sessions/" + sessionId + "/ballots",
                "{\"votes\": [{\"nominationId\": \"%s\", \"choice\": \"YES\"}]}".formatted(nominationId),
                api.token("council")).status())
                .isEqualTo(201);
        JsonNode closed = ok(api.post("/api/council-sessions/" + sessionId + "/close",
                "{\"minutes\": \"Hội đồng bỏ phiếu kín, 1/1 thành viên đồng ý.\"}", reviewer));
        assertThat(closed.get("items").get(0).get("approved").asBoolean()).isTrue();

        String number = (100 + (int) (Math.random() * 800)) + "/QĐ-UBND-" + UUID.randomUUID().toString()
                .substring(0, 4).toUpperCase();
        String decisionId = created(api.post("/api/decisions", """
                {"number": "%s", "signedOn": "%d-12-15", "issuerUnitCode": "XA-PHUONG-TIEN",
                 "issuerName": "UBND xã Phượng Tiến", "signerName": "Hoàng Văn Tiến", "signerTitle": "Chủ tịch UBND xã",
                 "legalGrounds": ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định số 152/2025/NĐ-CP"],
                 "reason": "Đã hoàn thành xuất sắc nhiệm vụ năm %d",
                 "grants": [{"nominationId": "%s", "prizeAmount": 600000}]}
                """.formatted(number, year, year, nominationId), admin)).get("id").asString();

        // The public reads the decision without a token.
        JsonNode published = ok(api.get("/api/decisions/" + decisionId, null));
        assertThat(published.get("grants").get(0).get("displayName").asString()).isEqualTo("Đàm Thị Xuân");

        DecisionIssued event = decisionIssued(decisionId);
        assertThat(event.number()).isEqualTo(number);
        assertThat(event.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.nominationId()).isEqualTo(nominationId);
            assertThat(grant.subjectId()).isEqualTo(personId);
            assertThat(grant.displayName()).isEqualTo("Đàm Thị Xuân");
            assertThat(grant.awardTypeCode()).isEqualTo("LAO_DONG_TIEN_TIEN");
        });
        assertThat(ok(api.get("/api/nominations/" + nominationId, officer)).get("status").asString())
                .isEqualTo("GRANTED");
    }

    /** DecisionIssued for the decision, read from nomination.events and checked against its schema. */
    private static DecisionIssued decisionIssued(String decisionId) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.NOMINATION));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(EVENTUALLY).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(r -> isDecision(r, decisionId));
            });
            byte[] payload = seen.stream().filter(r -> isDecision(r, decisionId)).findFirst().orElseThrow().value();
            assertThat(ContractSchemas.violations(EventCatalog.DECISION_ISSUED_V1.wireType(), payload)).isEmpty();
            return EventJson.fromBytes(payload, DecisionIssued.class);
        }
    }

    private static boolean isDecision(ConsumerRecord<String, byte[]> record, String decisionId) {
        var type = record.headers().lastHeader("ce_type");
        return decisionId.equals(record.key()) && type != null && EventCatalog.DECISION_ISSUED_V1.wireType()
                .equals(new String(type.value(), StandardCharsets.UTF_8));
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
