package vn.thidua.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import vn.thidua.campaign.DemoUnits;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The unit registry over HTTP with real tokens, against the real broker and Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
@SuppressWarnings("unchecked")
class UnitApiTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String ADMIN = ISSUER.token("admin", "UBND-TN", Role.ADMIN);
    private static final String OFFICER = ISSUER.token("officer-phuongtien", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);

    @Autowired WebTestClient web;

    @BeforeEach
    void units() {
        DemoUnits.ensure(web, ADMIN);
    }

    @Test
    void theTreeAsOfADayShowsTheUnitsOfThatDay() {
        web.get().uri("/api/units?asOf=2025-06-30").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.asOf").isEqualTo("2025-06-30")
                .jsonPath("$.units[?(@.code == 'UBND-TN')].children[*].code").value(codes ->
                        assertThat((List<Object>) codes).contains("UBND-DINH-HOA").doesNotContain("XA-PHUONG-TIEN"));
        web.get().uri("/api/units?asOf=2025-07-01").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.units[?(@.code == 'UBND-TN')].children[*].code").value(codes ->
                        assertThat((List<Object>) codes).contains("XA-PHUONG-TIEN").doesNotContain("UBND-DINH-HOA"));
        web.get().uri("/api/units?asOf=30-06-2025").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unitsAreFoundWithoutDiacriticsAmongThoseOfTheDay() {
        web.get().uri("/api/units?q=phuong tien").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.units[*].code").value(codes -> assertThat((List<Object>) codes)
                        .contains("XA-PHUONG-TIEN", "TRUONG-TH-PHUONG-TIEN").doesNotContain("XA-PHU-TIEN"));
        web.get().uri("/api/units?q=PHÚ TIẾN&asOf=2025-06-30").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.units[*].code").value(codes -> assertThat((List<Object>) codes)
                        .contains("XA-PHU-TIEN").doesNotContain("XA-PHUONG-TIEN"));
        web.get().uri("/api/units?q=dinh hoa&asOf=2025-07-01").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.units.length()").isEqualTo(0);
    }

    @Test
    void aMergedCommuneNamesItsSuccessorAndTheSuccessorItsPredecessorAndBothAreAnnounced() {
        String etag = web.get().uri("/api/units/XA-PHU-TIEN").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        put("XA-PHU-TIEN", """
                {"name": "UBND xã Phú Tiến", "kind": "COMMUNE", "parentCode": "UBND-DINH-HOA",
                 "validFrom": "1997-01-01", "validTo": "2025-06-30", "successorCodes": ["XA-PHUONG-TIEN"]}""",
                ADMIN, etag).expectStatus().isOk();

        web.get().uri("/api/units/XA-PHUONG-TIEN").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.predecessors[0].code").isEqualTo("XA-PHU-TIEN")
                .jsonPath("$.path[0].name").isEqualTo("UBND tỉnh Thái Nguyên");
        web.get().uri("/api/units/XA-PHU-TIEN").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.successors[0].name").isEqualTo("UBND xã Phượng Tiến")
                .jsonPath("$.path[*].code").value(path -> assertThat((List<Object>) path)
                        .containsExactly("UBND-TN", "UBND-DINH-HOA"));

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                    .filter(r -> EventCatalog.UNIT_UPSERTED_V1.wireType().equals(TopicReader.header(r, "ce_type")))
                    .map(r -> EventJson.fromBytes(r.value(), UnitUpserted.class))
                    .anyMatch(event -> event.code().equals("XA-PHUONG-TIEN") && event.predecessorCodes() != null
                            && event.predecessorCodes().contains("XA-PHU-TIEN")));
            var record = reader.records().stream()
                    .filter(r -> EventCatalog.UNIT_UPSERTED_V1.wireType().equals(TopicReader.header(r, "ce_type")))
                    .filter(r -> EventJson.fromBytes(r.value(), UnitUpserted.class).code().equals("XA-PHU-TIEN"))
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(ContractSchemas.violations(EventCatalog.UNIT_UPSERTED_V1.wireType(), record.value())).isEmpty();
            var event = EventJson.fromBytes(record.value(), UnitUpserted.class);
            assertThat(record.key()).isEqualTo(event.unitId());
            assertThat(event.parent()).isEqualTo(new UnitRef("UBND-DINH-HOA", "UBND huyện Định Hóa"));
            assertThat(event.successorCodes()).containsExactly("XA-PHUONG-TIEN");
        }
    }

    @Test
    void aStaleIfMatchIs412AndConcurrentReplacementsNeverLoseOne() {
        put("XA-THANH-DINH", thanhDinh("UBND xã Thanh Định"), ADMIN, null).expectStatus().is2xxSuccessful();
        put("XA-THANH-DINH", thanhDinh("UBND xã Thanh Định"), ADMIN, "\"999\"")
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        put("XA-CHUA-CO", thanhDinh("UBND xã Chưa Có"), ADMIN, "\"1\"").expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);

        long before = version("XA-THANH-DINH");
        List<Integer> statuses = Flux.range(0, 6)
                .flatMap(i -> Mono.fromCallable(() -> put("XA-THANH-DINH", thanhDinh("UBND xã Thanh Định " + i),
                                ADMIN, "\"" + before + "\"").returnResult(String.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();
        // Exactly one write based on that version wins; the others are told it moved on (409 or 412).
        assertThat(statuses).containsOnlyOnce(200).isSubsetOf(200, 409, 412);
        assertThat(version("XA-THANH-DINH")).isEqualTo(before + 1);
    }

    @Test
    void writesNeedTheRegistrarAndRefusalsAreProblems() {
        put("XA-THANH-DINH", thanhDinh("UBND xã Thanh Định"), OFFICER, null).expectStatus().isForbidden();
        put("xa thanh dinh", thanhDinh("x"), ADMIN, null).expectStatus().isBadRequest();
        put("XA-LAC", """
                {"name": "UBND xã Lạc", "kind": "COMMUNE", "parentCode": "KHONG-CO", "validFrom": "2025-07-01"}""",
                ADMIN, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-parent-unit");
        put("XA-LAC", "{\"name\": \"UBND xã Lạc\", \"kind\": \"HAMLET\", \"validFrom\": \"2025-07-01\"}", ADMIN,
                null).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        web.get().uri("/api/units/KHONG-CO").exchange().expectStatus().isNotFound();
    }

    @Test
    void anOfficerCountsTheHeadcountOfTheirOwnUnitOnly() {
        headcount("TRUONG-TH-PHUONG-TIEN", 2025, "{\"members\": 38}", OFFICER).expectStatus().isOk()
                .expectBody().jsonPath("$.headcounts[?(@.year == 2025)].members").isEqualTo(List.of(38));
        headcount("XA-BINH-THANH", 2025, "{\"members\": 25}", OFFICER).expectStatus().isForbidden();
        headcount("XA-PHUONG-TIEN", 2025, "{\"members\": -1}", OFFICER).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("members");
    }

    private static String thanhDinh(String name) {
        return """
                {"name": "%s", "kind": "COMMUNE", "parentCode": "UBND-DINH-HOA", "validFrom": "1997-01-01",
                 "validTo": "2025-06-30"}""".formatted(name);
    }

    private long version(String code) {
        Map<?, ?> unit = web.get().uri("/api/units/" + code).exchange().expectBody(Map.class).returnResult()
                .getResponseBody();
        return ((Number) unit.get("version")).longValue();
    }

    private WebTestClient.ResponseSpec put(String code, String body, String token, String ifMatch) {
        return web.put().uri("/api/units/" + code).headers(h -> {
            h.setBearerAuth(token);
            if (ifMatch != null) {
                h.set(HttpHeaders.IF_MATCH, ifMatch);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec headcount(String code, int year, String body, String token) {
        return web.put().uri("/api/units/" + code + "/headcounts/" + year).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
