package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.nomination.AwardLevel;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.contracts.events.nomination.TimingType;
import vn.thidua.devstack.DevStack;

/**
 * An award decision becomes an exemplar, which the commendation office recognises and another commune adopts, all
 * through the gateway. nomination-service is not in the stack yet, so the test issues the decision as that
 * service's relay would: a contract-valid DecisionIssued with the CloudEvents headers, on the stack's broker.
 */
class ExemplarFlowTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() throws Exception {
        stack = E2eStack.get();
        api = new Api(stack.gatewayUrl(), stack.issuerUrl());
        // nomination-service owns and creates its topic; standing in for it, so does this test.
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic("nomination.events", 6, (short) 1).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))))
                    .all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Test
    void aDecisionOpensAnExemplarThatIsRecognisedAndAdoptedByAnotherCommune() {
        String number = ThreadLocalRandom.current().nextInt(1000, 9999) + "/QĐ-UBND";
        String decisionId = UUID.randomUUID().toString();
        var grant = new Grant(UUID.randomUUID().toString(), null, SubjectKind.COLLECTIVE, "HTX-CHE-PT-" + number.hashCode(),
                "Hợp tác xã chè Tân Thành", new UnitRef("XA-PHUONG-TIEN", "UBND xã Phượng Tiến"),
                "TAP_THE_LAO_DONG_XUAT_SAC", "Tập thể lao động xuất sắc", AwardLevel.PROVINCIAL, 2025,
                TimingType.MERIT, null, null);
        var decision = new DecisionIssued(decisionId, 1, "19", number, LocalDate.of(2025, 12, 22),
                new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"), "Chủ tịch UBND tỉnh", null,
                List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"), "đã có thành tích xuất sắc năm 2025",
                List.of(grant), Instant.now());
        issue(decision);

        String reviewer = api.token("reviewer");
        String search = "/api/exemplars?size=100&q=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        JsonNode found = await().atMost(EVENTUALLY).until(() -> api.get(search, reviewer).json().get("items"),
                items -> items.size() == 1);
        JsonNode exemplar = found.get(0);
        String id = exemplar.get("id").asString();
        assertThat(exemplar.get("status").asString()).isEqualTo("DISCOVERED");
        assertThat(exemplar.get("source").asString()).isEqualTo("AWARD_DECISION");
        assertThat(exemplar.get("subject").get("name").asString()).isEqualTo("Hợp tác xã chè Tân Thành");
        assertThat(exemplar.get("decisions").get(0).get("decisionId").asString()).isEqualTo(decisionId);
        // Not public until recognised.
        assertThat(api.get("/api/exemplars/" + id, null).status()).isEqualTo(404);

        Api.Response recognised = api.post("/api/exemplars/" + id + "/recognition", """
                {"basis": "DECISION", "reference": "Quyết định số %s ngày 22/12/2025 của Chủ tịch UBND tỉnh",
                 "decisionId": "%s"}""".formatted(number, decisionId), reviewer);
        assertThat(recognised.status()).as(recognised.text()).isEqualTo(200);
        assertThat(recognised.json().get("status").asString()).isEqualTo("RECOGNISED");

        JsonNode board = api.get("/api/honour-board?size=100&q=hop%20tac%20xa%20che%20tan%20thanh", null).json();
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
    }

    /** As nomination-service's outbox relay publishes it (service-support's KafkaEventPublisher and headers). */
    private static void issue(DecisionIssued decision) {
        ContractSchemas.assertValid(decision);
        var type = EventCatalog.DECISION_ISSUED_V1;
        var record = new ProducerRecord<String, byte[]>(type.topic(), decision.decisionId(), EventJson.toBytes(decision));
        Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_source", type.source(),
                "ce_type", type.wireType(),
                "ce_subject", decision.decisionId(),
                "ce_time", Instant.now().toString(),
                "ce_specversion", "1.0",
                "ce_aggregateversion", Long.toString(decision.aggregateVersion()),
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
