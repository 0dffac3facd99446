package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.RankedUnit;
import vn.thidua.devstack.DevStack;

/**
 * A campaign's whole life through the gateway on the real stack: the commendation office launches it, the commune
 * officer registers the commune, the office records the final review, and the review's full ranking is on Kafka as
 * {@code CampaignReviewed}. Units come from the demo data the stack loads; the cluster is the test's own.
 */
class CampaignFlowTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static DevStack stack;
    private static Api api;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        api = E2eStack.api();
    }

    @Test
    void aCampaignGoesFromLaunchThroughRegistrationToAFinalReviewSeenOnKafka() {
        String reviewer = api.token("reviewer");
        String officer = api.token("officer-phuongtien");
        String admin = api.token("admin");
        String cluster = created(api.send("POST", "/api/clusters", """
                {"name": "Cụm thi đua các xã phía Bắc (%s)", "kind": "CLUSTER"}""".formatted(UUID.randomUUID()),
                reviewer, Map.of()));
        ok(api.send("PUT", "/api/clusters/" + cluster + "/years/" + TODAY.getYear(),
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-BINH-THANH\"], \"leaderCode\": \"XA-BINH-THANH\"}",
                reviewer, Map.of()));

        String id = created(api.post("/api/campaigns", campaign(cluster), reviewer));
        ok(api.send("POST", "/api/campaigns/" + id + "/launch", null, reviewer, Map.of("If-Match", "\"1\"")));

        Api.Response registered = api.send("PUT", "/api/campaigns/" + id + "/registrations/XA-PHUONG-TIEN", """
                {"targets": [{"awardType": "CO_THI_DUA_UBND_TINH", "subject": "UNIT"},
                             {"awardType": "LAO_DONG_TIEN_TIEN", "subject": "MEMBERS", "count": 35}],
                 "pledges": ["Hoàn thành chuyển đổi số ở 100% thôn, xóm"]}""", officer, Map.of());
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Api.Response notTheirs = api.send("PUT", "/api/campaigns/" + id + "/registrations/XA-BINH-THANH",
                "{\"targets\": [{\"awardType\": \"GIAY_KHEN\", \"subject\": \"UNIT\"}]}", officer, Map.of());
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/campaigns/" + id + "/registrations/XA-BINH-THANH",
                "{\"targets\": [{\"awardType\": \"GIAY_KHEN\", \"subject\": \"UNIT\"}]}", admin, Map.of()).status())
                .isEqualTo(201);

        String review = """
                {"stage": "FINAL", "summary": "Tổng kết: hai xã hoàn thành vượt mức các chỉ tiêu chuyển đổi số.",
                 "units": [
                   {"unitCode": "XA-BINH-THANH", "scores": [{"criterionCode": "CDS1", "score": 55},
                                                            {"criterionCode": "CDS2", "score": 30}]},
                   {"unitCode": "XA-PHUONG-TIEN", "scores": [{"criterionCode": "CDS1", "score": 58},
                                                             {"criterionCode": "CDS2", "score": 36}]}]}""";
        assertThat(api.send("POST", "/api/campaigns/" + id + "/reviews", review, officer, Map.of()).status())
                .isEqualTo(403);
        Api.Response reviewed = api.send("POST", "/api/campaigns/" + id + "/reviews", review, reviewer,
                Map.of("If-Match", "\"2\""));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
        assertThat(reviewed.json().get("status").asString()).isEqualTo("FINAL_REVIEWED");

        ConsumerRecord<String, byte[]> record = campaignReviewedOnKafka(id);
        assertThat(ContractSchemas.violations(EventCatalog.CAMPAIGN_REVIEWED_V1.wireType(), record.value())).isEmpty();
        CampaignReviewed event = EventJson.fromBytes(record.value(), CampaignReviewed.class);
        assertThat(event.stage().name()).isEqualTo("FINAL");
        assertThat(event.aggregateVersion()).isEqualTo(3);
        assertThat(event.rankings()).hasSize(1);
        assertThat(event.rankings().get(0).clusterId()).isEqualTo(cluster);
        assertThat(event.rankings().get(0).leadingUnit().code()).isEqualTo("XA-PHUONG-TIEN");
        assertThat(event.rankings().get(0).entries()).extracting(RankedUnit::rank, entry -> entry.unit().code())
                .containsExactly(tuple(1, "XA-PHUONG-TIEN"),
                        tuple(2, "XA-BINH-THANH"));
        assertThat(event.rankings().get(0).entries().get(0).totalScore()).isEqualByComparingTo("94");

        Api.Response closed = api.send("POST", "/api/campaigns/" + id + "/close", null, reviewer, Map.of());
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(api.get("/api/campaigns/" + id, null).json().get("status").asString()).isEqualTo("CLOSED");
    }

    private static String campaign(String cluster) {
        LocalDate from = TODAY.withDayOfYear(1);
        LocalDate to = from.plusYears(2).minusDays(1);
        return """
                {"title": "Chuyển đổi số cấp xã giai đoạn %d–%d (%s)", "kind": "THEMATIC",
                 "launchingUnit": {"code": "UBND-TN", "name": "UBND tỉnh Thái Nguyên"},
                 "signerTitle": "Chủ tịch UBND tỉnh",
                 "legalBasis": {"documentNumber": "58/KH-UBND", "documentType": "KE_HOACH", "issuedOn": "%s"},
                 "period": {"from": "%s", "to": "%s"},
                 "scope": {"unitCodes": ["XA-PHUONG-TIEN", "XA-BINH-THANH"], "includeSubUnits": true,
                           "clusterIds": ["%s"]},
                 "goals": ["100%% thủ tục hành chính cấp xã được giải quyết trực tuyến toàn trình"],
                 "criteria": [{"code": "CDS1", "name": "Dịch vụ công trực tuyến", "weight": 60, "maxScore": 60},
                              {"code": "CDS2", "name": "Tuyên truyền, nhân rộng mô hình", "weight": 40, "maxScore": 40}],
                 "awardTypes": ["CO_THI_DUA_UBND_TINH", "GIAY_KHEN_CHU_TICH_UBND_XA"],
                 "registrationDeadline": "%s",
                 "milestones": {"finalReviewDue": "%s"}}""".formatted(from.getYear(), to.getYear(), UUID.randomUUID(),
                from, from, to, cluster, to, to);
    }

    /** Reads campaign.events from the beginning, as an analytics consumer would, until the review appears. */
    private static ConsumerRecord<String, byte[]> campaignReviewedOnKafka(String campaignId) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CAMPAIGN));
            var found = new ArrayList<ConsumerRecord<String, byte[]>>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (campaignId.equals(record.key())
                            && EventCatalog.CAMPAIGN_REVIEWED_V1.wireType().equals(header(record, "ce_type"))) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
