package vn.thidua.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.thidua.campaign.DemoCampaigns;
import vn.thidua.campaign.DemoUnits;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The campaign API over HTTP with real tokens, against the real broker and Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class CampaignApiTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static final String OFFICER = ISSUER.token("officer", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final String ADMIN = ISSUER.token("admin", "UBND-TN", Role.ADMIN);

    @Autowired WebTestClient web;

    @BeforeEach
    void units() {
        DemoUnits.ensure(web, ADMIN);
    }

    private static String plan() {
        return DemoCampaigns.digitalTransformation(TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).plusYears(1)
                .minusDays(1));
    }

    @Test
    void aReviewerDraftsAndLaunchesACampaignAndTheLaunchIsPublished() {
        Map<?, ?> draft = post("/api/campaigns", plan(), REVIEWER).expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/campaigns/"))
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) draft.get("id");
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("statusLabel")).isEqualTo("Dự thảo");
        assertThat(((Map<?, ?>) draft.get("legalBasis")).get("citation")).isEqualTo("Kế hoạch 40/KH-UBND ngày 08/3/2021");

        post("/api/campaigns/" + id + "/launch", null, REVIEWER).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.status").isEqualTo("LAUNCHED").jsonPath("$.launchedBy").isEqualTo("reviewer");

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN)) {
            var record = new AtomicReference<ConsumerRecord<String, byte[]>>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.records().stream().filter(r -> id.equals(r.key())).findFirst().ifPresent(record::set);
                return record.get() != null;
            });
            assertThat(TopicReader.header(record.get(), "ce_type")).isEqualTo(EventCatalog.CAMPAIGN_LAUNCHED_V1.wireType());
            assertThat(TopicReader.header(record.get(), "ce_subject")).isEqualTo(id);
            assertThat(ContractSchemas.violations(EventCatalog.CAMPAIGN_LAUNCHED_V1.wireType(), record.get().value()))
                    .isEmpty();
            CampaignLaunched event = EventJson.fromBytes(record.get().value(), CampaignLaunched.class);
            assertThat(event.aggregateVersion()).isEqualTo(2);
            assertThat(event.title()).isEqualTo("Chuyển đổi số cấp xã năm " + TODAY.getYear());
            assertThat(event.provinceCode()).isEqualTo("19");
        }
    }

    @Test
    void writesWithoutATokenAreRefusedWith401() {
        web.post().uri("/api/campaigns").contentType(MediaType.APPLICATION_JSON).bodyValue(plan())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).contains("đăng nhập"));
    }

    @Test
    void aForgedTokenIsRefusedWith401() {
        String forged = REVIEWER.substring(0, REVIEWER.lastIndexOf('.') + 1) + "AAAA";
        post("/api/campaigns", plan(), forged).expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        String otherAudience = ISSUER.token(claims -> claims.subject("x").audience("another-api")
                .claim("roles", List.of("ADMIN")));
        post("/api/campaigns", plan(), otherAudience).expectStatus().isUnauthorized();
    }

    @Test
    void aUnitOfficerCannotOrganiseCampaigns() {
        post("/api/campaigns", plan(), OFFICER).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Không có quyền truy cập");
    }

    @Test
    void malformedJsonIsA400Problem() {
        post("/api/campaigns", "{\"title\": \"Thiếu ngoặc\"", REVIEWER).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anInvalidFieldIsNamed() {
        String backwards = DemoCampaigns.digitalTransformation(TODAY.plusDays(10), TODAY);
        post("/api/campaigns", backwards, REVIEWER).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Dữ liệu không hợp lệ")
                .jsonPath("$.errors[?(@.field == 'period.to')].message").exists();

        String badKind = plan().replace("\"THEMATIC\"", "\"SOMETIMES\"");
        post("/api/campaigns", badKind, REVIEWER).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");

        String unknownField = plan().replaceFirst("\\{", "{\"budget\": 5,");
        post("/api/campaigns", unknownField, REVIEWER).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("budget");
    }

    @Test
    void aLaunchedCampaignCannotBeLaunchedAgainAndAStaleIfMatchIsRefused() {
        String id = draftId();
        web.post().uri("/api/campaigns/" + id + "/launch").headers(h -> h.setBearerAuth(REVIEWER))
                .header(HttpHeaders.IF_MATCH, "\"7\"")
                .exchange().expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        post("/api/campaigns/" + id + "/launch", null, REVIEWER).expectStatus().isOk();
        post("/api/campaigns/" + id + "/launch", null, REVIEWER).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("LAUNCHED");
    }

    @Test
    void concurrentLaunchesLaunchOnceAndPublishOnce() {
        String id = draftId();
        List<Integer> statuses = Flux.range(0, 6)
                .flatMap(i -> Mono.fromCallable(() -> web.post().uri("/api/campaigns/" + id + "/launch")
                                .headers(h -> h.setBearerAuth(REVIEWER))
                                .exchange().returnResult(String.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();
        // One launch wins; the others find it launched (409) or lose the race on the version (409).
        assertThat(statuses).hasSize(6).containsOnlyOnce(200).containsOnly(200, 409);
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.records().stream().anyMatch(r -> id.equals(r.key())));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).count() == 1);
        }
    }

    @Test
    void draftsAreHiddenFromAnonymousReaders() {
        String id = draftId();
        web.get().uri("/api/campaigns/" + id).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/campaigns/" + id).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        web.get().uri("/api/campaigns?status=DRAFT&size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        web.get().uri("/api/campaigns?size=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private String draftId() {
        return (String) post("/api/campaigns", plan(), REVIEWER).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    private WebTestClient.ResponseSpec post(String path, String body, String token) {
        var request = web.post().uri(path).headers(h -> h.setBearerAuth(token));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
