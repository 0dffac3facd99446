package vn.thidua.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.thidua.campaign.DemoUnits;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.ClosingOutcome;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * A campaign's life over HTTP: clusters, launch, registrations, review with rankings, close, copy and search,
 * with the events read back from the real broker and checked against their schemas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class CampaignFlowApiTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String ADMIN = ISSUER.token("admin", "UBND-TN", Role.ADMIN);
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static final String OFFICER = ISSUER.token("officer-phuongtien", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);
    private static final String OTHER_OFFICER = ISSUER.token("officer-binhthanh", "XA-BINH-THANH",
            Role.UNIT_OFFICER);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String PLEDGE = """
            {"targets": [{"awardType": "TAP_THE_LAO_DONG_XUAT_SAC", "subject": "UNIT"},
                         {"awardType": "LAO_DONG_TIEN_TIEN", "subject": "MEMBERS", "count": %d}],
             "pledges": ["Hoàn thành 100%% hồ sơ thủ tục hành chính trực tuyến toàn trình"]}""";

    @Autowired WebTestClient web;

    @BeforeEach
    void units() {
        DemoUnits.ensure(web, ADMIN);
    }

    @Test
    void aCampaignIsLaunchedRegisteredForReviewedWithRankingsAndClosed() {
        String cluster = cluster();
        String title = "Chuyển đổi số cấp xã năm " + TODAY.getYear() + " (" + UUID.randomUUID() + ")";
        String id = draft(title, TODAY.withDayOfYear(1), TODAY.plusDays(10), cluster);
        // A draft is the organisers' working paper: to the commune's officer it does not exist.
        send("POST", "/api/campaigns/" + id + "/launch", null, OFFICER, null).expectStatus().isNotFound();
        send("POST", "/api/campaigns/" + id + "/launch", null, REVIEWER, "\"1\"").expectStatus().isOk();
        send("POST", "/api/campaigns/" + id + "/cancel", "{\"reason\": \"Không muốn tham gia\"}", OFFICER, null)
                .expectStatus().isForbidden();

        // Registration: the commune's officer for the commune, not for its neighbour.
        String registration = "/api/campaigns/" + id + "/registrations/";
        send("PUT", registration + "XA-PHUONG-TIEN", PLEDGE.formatted(18), OFFICER, null).expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        send("PUT", registration + "XA-PHUONG-TIEN", PLEDGE.formatted(20), OFFICER, "\"1\"").expectStatus().isOk()
                .expectBody().jsonPath("$.targets[1].count").isEqualTo(20);
        send("PUT", registration + "XA-PHUONG-TIEN", PLEDGE.formatted(21), OFFICER, "\"1\"").expectStatus()
                .isEqualTo(412);
        send("PUT", registration + "XA-BINH-THANH", PLEDGE.formatted(9), OFFICER, null).expectStatus().isForbidden();
        // XA-BINH-THANH is in scope through the cluster; a school under Phượng Tiến through includeSubUnits.
        send("PUT", registration + "XA-BINH-THANH", PLEDGE.formatted(9), OTHER_OFFICER, null).expectStatus()
                .isCreated();
        send("PUT", registration + "TRUONG-TH-PHUONG-TIEN", PLEDGE.formatted(30), OFFICER, null).expectStatus()
                .isCreated();
        send("PUT", registration + "SNV-TN", PLEDGE.formatted(5), ADMIN, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("unit-out-of-scope");
        send("PUT", registration + "XA-PHU-TIEN", PLEDGE.formatted(5), ADMIN, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("unit-not-valid");
        web.get().uri("/api/campaigns/" + id + "/registrations").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3);

        // Review: bounded scores, units in scope only, then rankings per cluster.
        String review = """
                {"stage": "FINAL", "summary": "Tổng kết phong trào: các xã hoàn thành vượt chỉ tiêu.",
                 "units": [%s]}""";
        send("POST", "/api/campaigns/" + id + "/reviews", review.formatted(sheet("XA-PHUONG-TIEN", 61, 40)),
                REVIEWER, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("units[0].scores[0].score");
        send("POST", "/api/campaigns/" + id + "/reviews", review.formatted(sheet("SNV-TN", 10, 10)), REVIEWER, null)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("unit-out-of-scope");
        String sheets = String.join(",", sheet("XA-BINH-THANH", 50, 30), sheet("XA-PHUONG-TIEN", 60, 20),
                sheet("TRUONG-TH-PHUONG-TIEN", 55, 35));
        send("POST", "/api/campaigns/" + id + "/reviews", review.formatted(sheets), OFFICER, null)
                .expectStatus().isForbidden();
        send("POST", "/api/campaigns/" + id + "/reviews", review.formatted(sheets), REVIEWER, "\"2\"")
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"")
                .expectBody().jsonPath("$.status").isEqualTo("FINAL_REVIEWED")
                .jsonPath("$.reviews[0].rankings[0].leadingUnitCode").isEqualTo("XA-PHUONG-TIEN");
        send("PUT", registration + "XA-PHUONG-TIEN", PLEDGE.formatted(22), OFFICER, null).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("registration-closed");
        send("POST", "/api/campaigns/" + id + "/reviews", review.formatted(sheets.replace("FINAL", "MID_TERM")),
                REVIEWER, null).expectStatus().isEqualTo(409);

        send("POST", "/api/campaigns/" + id + "/close", null, REVIEWER, null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CLOSED");
        send("POST", "/api/campaigns/" + id + "/cancel", "{\"reason\": \"Muộn rồi\"}", REVIEWER, null)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentStatus").isEqualTo("CLOSED");

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN)) {
            var registered = read(reader, EventCatalog.UNIT_REGISTERED_V1,
                    event -> event.campaignId().equals(id) && event.unit().code().equals("XA-PHUONG-TIEN")
                            && event.amendment());
            assertThat(registered.targets().get(1).count()).isEqualTo(20);
            assertThat(registered.aggregateVersion()).isEqualTo(2);

            var reviewed = read(reader, EventCatalog.CAMPAIGN_REVIEWED_V1, event -> event.campaignId().equals(id));
            assertThat(reviewed.rankings()).hasSize(2);
            var clusterRanking = reviewed.rankings().get(0);
            assertThat(clusterRanking.clusterId()).isEqualTo(cluster);
            assertThat(clusterRanking.leadingUnit().code()).isEqualTo("XA-PHUONG-TIEN");
            assertThat(clusterRanking.entries()).extracting(entry -> entry.unit().code())
                    .containsExactly("XA-PHUONG-TIEN", "XA-BINH-THANH");
            assertThat(clusterRanking.entries().get(0).unit().name()).isEqualTo("UBND xã Phượng Tiến");
            assertThat(reviewed.rankings().get(1).clusterId()).isNull();
            assertThat(reviewed.maxTotalScore()).isEqualByComparingTo("100");

            var closed = read(reader, EventCatalog.CAMPAIGN_CLOSED_V1, event -> event.campaignId().equals(id));
            assertThat(closed.outcome()).isEqualTo(ClosingOutcome.CLOSED);
            assertThat(closed.aggregateVersion()).isEqualTo(4);
        }
    }

    @Test
    void anAdministratorRecordsAPaperCampaignOfThePastOnTheDaysItHappened() {
        String id = draft("Cả nước chung sức xây dựng nông thôn mới giai đoạn 2021–2025 (" + UUID.randomUUID() + ")",
                LocalDate.of(2021, 3, 8), LocalDate.of(2021, 4, 15), null);
        String launch = "/api/campaigns/" + id + "/launch";
        send("POST", launch, null, REVIEWER, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("campaign-period-ended");
        send("POST", launch, "{\"launchedOn\": \"2021-03-10\"}", REVIEWER, null).expectStatus().isForbidden();
        send("POST", launch, "{\"launchedOn\": \"" + TODAY.plusDays(1) + "\"}", ADMIN, null).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("launchedOn");
        send("POST", launch, "{\"launchedOn\": \"2021-03-10\"}", ADMIN, null).expectStatus().isOk();

        // The old commune existed in 2021 and lay under the district, itself below the province in the scope.
        String registration = "/api/campaigns/" + id + "/registrations/XA-PHU-TIEN";
        String body = "{\"targets\": [{\"awardType\": \"GIAY_KHEN\", \"subject\": \"UNIT\"}], \"registeredOn\": \"%s\"}";
        send("PUT", registration, body.formatted("2021-04-16"), ADMIN, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("registration-deadline-passed");
        send("PUT", registration, body.formatted("2021-04-15"), ADMIN, null).expectStatus().isCreated();
    }

    @Test
    void concurrentRegistrationsOfOneUnitStoreOneAndConcurrentAmendmentsApplyOnce() {
        String id = draft("Dạy tốt – học tốt (" + UUID.randomUUID() + ")", TODAY.withDayOfYear(1), null, null);
        send("POST", "/api/campaigns/" + id + "/launch", null, REVIEWER, null).expectStatus().isOk();
        String path = "/api/campaigns/" + id + "/registrations/XA-PHUONG-TIEN";

        List<Integer> first = concurrently(6, i -> send("PUT", path, PLEDGE.formatted(10 + i), OFFICER, null));
        // One creates it; the others find it created and amend it, or lose the race (409), never a second copy.
        assertThat(first).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        Map<?, ?> stored = web.get().uri(path).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        long version = ((Number) stored.get("version")).longValue();
        assertThat(version).isEqualTo(1 + first.stream().filter(status -> status == 200).count());

        List<Integer> amendments = concurrently(6, i -> send("PUT", path, PLEDGE.formatted(40 + i), OFFICER,
                "\"" + version + "\""));
        assertThat(amendments).containsOnlyOnce(200).isSubsetOf(200, 409, 412);
        web.get().uri("/api/campaigns/" + id + "/registrations").exchange().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].version").isEqualTo((int) version + 1);
    }

    @Test
    void registrationAfterTheDeadlineIsRefused() {
        String id = draft("Vì người nghèo – Không để ai bị bỏ lại phía sau (" + UUID.randomUUID() + ")",
                TODAY.minusDays(30), TODAY.minusDays(1), null);
        send("POST", "/api/campaigns/" + id + "/launch", null, REVIEWER, null).expectStatus().isOk();

        send("PUT", "/api/campaigns/" + id + "/registrations/XA-PHUONG-TIEN", PLEDGE.formatted(3), OFFICER, null)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("registration-deadline-passed");
    }

    @Test
    void aLaunchedCampaignIsCancelledWithAReasonAndCopiedForNextYear() {
        String id = draft("Lao động giỏi, lao động sáng tạo năm " + TODAY.getYear() + " (" + UUID.randomUUID() + ")",
                TODAY.withDayOfYear(1), null, null);
        send("POST", "/api/campaigns/" + id + "/launch", null, REVIEWER, null).expectStatus().isOk();
        send("POST", "/api/campaigns/" + id + "/cancel", "{\"reason\": \" \"}", REVIEWER, null).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        send("POST", "/api/campaigns/" + id + "/cancel", "{\"reason\": \"Gộp vào phong trào chung của tỉnh\"}",
                REVIEWER, null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        Map<?, ?> copy = send("POST", "/api/campaigns/" + id + "/copy", null, REVIEWER, null).expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(copy.get("status")).isEqualTo("DRAFT");
        assertThat(copy.get("copiedFromCampaignId")).isEqualTo(id);
        assertThat((String) copy.get("title")).contains("năm " + (TODAY.getYear() + 1));

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN)) {
            var cancelled = read(reader, EventCatalog.CAMPAIGN_CLOSED_V1, event -> event.campaignId().equals(id));
            assertThat(cancelled.outcome()).isEqualTo(ClosingOutcome.CANCELLED);
            assertThat(cancelled.reason()).isEqualTo("Gộp vào phong trào chung của tỉnh");
        }
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByYearKindAndLaunchingUnit() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = draft("Cả nước chung sức xây dựng nông thôn mới " + marker, TODAY.withDayOfYear(1), null, null);
        send("POST", "/api/campaigns/" + id + "/launch", null, REVIEWER, null).expectStatus().isOk();

        search("q=nong thon moi " + marker).jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.total").isEqualTo(1);
        search("q=NÔNG THÔN " + marker + "&year=" + TODAY.getYear() + "&kind=REGULAR&launchingUnit=UBND-TN"
                + "&status=LAUNCHED").jsonPath("$.total").isEqualTo(1);
        search("q=" + marker + "&year=" + (TODAY.getYear() + 5)).jsonPath("$.total").isEqualTo(0);
        search("q=" + marker + "&kind=THEMATIC").jsonPath("$.total").isEqualTo(0);
        search("q=" + marker + "&launchingUnit=XA-PHUONG-TIEN").jsonPath("$.total").isEqualTo(0);
        web.get().uri("/api/campaigns?kind=SOMETIMES").exchange().expectStatus().isBadRequest();
        String unknownCluster = UUID.randomUUID().toString();
        send("POST", "/api/campaigns", campaignBody("Phong trào với cụm không tồn tại", TODAY.withDayOfYear(1), null,
                unknownCluster), REVIEWER, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-cluster");

        // Pages of a stable order never overlap nor skip, even when campaigns share a creation instant.
        for (int i = 0; i < 2; i++) {
            String more = draft("Cả nước chung sức xây dựng nông thôn mới " + marker + " đợt " + i,
                    TODAY.withDayOfYear(1), null, null);
            send("POST", "/api/campaigns/" + more + "/launch", null, REVIEWER, null).expectStatus().isOk();
        }
        var seen = new ArrayList<Object>();
        for (int page = 0; page < 2; page++) {
            Map<?, ?> found = web.get().uri("/api/campaigns?q=" + marker + "&size=2&page=" + page).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(((Number) found.get("total")).intValue()).isEqualTo(3);
            ((List<?>) found.get("items")).forEach(item -> seen.add(((Map<?, ?>) item).get("id")));
        }
        assertThat(seen).hasSize(3).doesNotHaveDuplicates().contains(id);
    }

    @Test
    void aClusterLeaderRotatesAndMembersMustExistThatYear() {
        String cluster = cluster();
        send("PUT", "/api/clusters/" + cluster + "/years/" + (TODAY.getYear() + 1),
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-BINH-THANH\"], \"leaderCode\": \"XA-PHUONG-TIEN\"}",
                REVIEWER, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("cluster-leader-must-rotate");
        send("PUT", "/api/clusters/" + cluster + "/years/2020",
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-PHU-TIEN\"], \"leaderCode\": \"XA-PHU-TIEN\"}",
                REVIEWER, null).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule")
                .isEqualTo("unit-not-valid");
        send("PUT", "/api/clusters/" + cluster + "/years/" + (TODAY.getYear() + 1),
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-BINH-THANH\"], \"leaderCode\": \"XA-BINH-THANH\"}",
                OFFICER, null).expectStatus().isForbidden();
        send("PUT", "/api/clusters/" + cluster + "/years/" + (TODAY.getYear() + 1),
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-BINH-THANH\"], \"leaderCode\": \"XA-BINH-THANH\"}",
                REVIEWER, "\"2\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");
        web.get().uri("/api/clusters?year=" + (TODAY.getYear() + 1)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + cluster + "')].years.length()").isEqualTo(List.of(2));
    }

    /** A cluster whose members this year are the two merged communes, led by Phượng Tiến. */
    private String cluster() {
        Map<?, ?> created = send("POST", "/api/clusters", """
                {"name": "Cụm thi đua số 02 (%s)", "kind": "CLUSTER",
                 "criteria": [{"code": "TC1", "name": "Phát triển kinh tế", "weight": 60, "maxScore": 60}]}"""
                .formatted(UUID.randomUUID()), REVIEWER, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) created.get("id");
        send("PUT", "/api/clusters/" + id + "/years/" + TODAY.getYear(),
                "{\"memberCodes\": [\"XA-PHUONG-TIEN\", \"XA-BINH-THANH\"], \"leaderCode\": \"XA-PHUONG-TIEN\"}",
                REVIEWER, "\"1\"").expectStatus().isOk();
        return id;
    }

    private String draft(String title, LocalDate from, LocalDate deadline, String clusterId) {
        return (String) send("POST", "/api/campaigns", campaignBody(title, from, deadline, clusterId), REVIEWER, null)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    private static String campaignBody(String title, LocalDate from, LocalDate deadline, String clusterId) {
        LocalDate to = from.getYear() < TODAY.getYear() - 1 ? LocalDate.of(2025, 12, 31)
                : from.plusYears(1).withDayOfYear(1).plusYears(1).minusDays(1);
        String scope = from.getYear() < TODAY.getYear() - 1 ? "UBND-TN" : "XA-PHUONG-TIEN";
        return """
                {"title": "%s", "kind": "REGULAR",
                 "launchingUnit": {"code": "UBND-TN", "name": "UBND tỉnh Thái Nguyên"},
                 "signerTitle": "Chủ tịch UBND tỉnh",
                 "legalBasis": {"documentNumber": "40/KH-UBND", "documentType": "KE_HOACH", "issuedOn": "2021-03-08"},
                 "period": {"from": "%s", "to": "%s"},
                 "scope": {"unitCodes": ["%s"], "includeSubUnits": true %s},
                 "goals": ["Mỗi xã có ít nhất một mô hình được nhân rộng"],
                 "criteria": [{"code": "TC1", "name": "Kết quả thực hiện", "weight": 60, "maxScore": 60},
                              {"code": "TC2", "name": "Tuyên truyền", "weight": 40, "maxScore": 40}],
                 "awardTypes": ["CO_THI_DUA_UBND_TINH", "GIAY_KHEN_CHU_TICH_UBND_XA"],
                 %s
                 "milestones": {"finalReviewDue": "%s"}}""".formatted(title, from, to, scope,
                clusterId == null ? "" : ", \"clusterIds\": [\"" + clusterId + "\"]",
                deadline == null ? "" : "\"registrationDeadline\": \"" + deadline + "\",", to);
    }

    private static String sheet(String unit, int tc1, int tc2) {
        return """
                {"unitCode": "%s", "scores": [{"criterionCode": "TC1", "score": %d},
                                              {"criterionCode": "TC2", "score": %d}]}""".formatted(unit, tc1, tc2);
    }

    private WebTestClient.BodyContentSpec search(String query) {
        return web.get().uri("/api/campaigns?" + query).exchange().expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec send(String method, String path, String body, String token, String ifMatch) {
        var request = web.method(HttpMethod.valueOf(method)).uri(path).headers(h -> {
            h.setBearerAuth(token);
            if (ifMatch != null) {
                h.set(HttpHeaders.IF_MATCH, ifMatch);
            }
        });
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static List<Integer> concurrently(int times,
                                              IntFunction<WebTestClient.ResponseSpec> request) {
        return Flux.range(0, times)
                .flatMap(i -> Mono.fromCallable(() -> request.apply(i)
                                .returnResult(String.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();
    }

    /** The first event of {@code type} that matches, after checking its bytes against the schema. */
    private static <T extends DomainEvent> T read(TopicReader reader, EventType<T> type,
                                                                          Predicate<T> match) {
        var found = new AtomicReference<ConsumerRecord<String, byte[]>>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            reader.records().stream()
                    .filter(r -> type.wireType().equals(TopicReader.header(r, "ce_type")))
                    .filter(r -> match.test(EventJson.fromBytes(r.value(), type.payloadType())))
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        assertThat(ContractSchemas.violations(type.wireType(), found.get().value())).isEmpty();
        T event = EventJson.fromBytes(found.get().value(), type.payloadType());
        assertThat(found.get().key()).isEqualTo(event.aggregateId());
        return event;
    }
}
