package vn.thidua.exemplar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.exemplar.ConsumedTopicsInitializer;
import vn.thidua.exemplar.application.ExemplarRepository;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.Milestone;
import vn.thidua.exemplar.domain.Subject;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The exemplar API over HTTP with real tokens, against the real broker and Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class,
        ConsumedTopicsInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class ExemplarApiTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static final String PHU_TIEN = ISSUER.token("officer-phutien", "XA-PHU-TIEN", Role.UNIT_OFFICER);
    private static final String PHUONG_TIEN = ISSUER.token("officer-phuongtien", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);
    private static final LocalDate TODAY = LocalDate.now(WorkingDayCalendar.VIETNAM);

    @Autowired WebTestClient web;
    @Autowired ExemplarRepository repository;

    static String proposal(String title, String unitCode, String unitName) {
        return """
                {"title": "%s",
                 "subject": {"kind": "COLLECTIVE", "name": "Hợp tác xã chè Hảo Đạt", "unitCode": "%s", "unitName": "%s"},
                 "field": "AGRICULTURE_RURAL_DEVELOPMENT",
                 "story": "Hai mươi hộ xã viên trồng chè theo quy trình VietGAP, thu nhập tăng gấp rưỡi.",
                 "evidence": ["Biên bản khảo sát thực tế ngày 12/01/2026"],
                 "source": "FIELD_VISIT"}
                """.formatted(title, unitCode, unitName);
    }

    private Map<?, ?> propose(String title) {
        return post("/api/exemplars", proposal(title, "XA-PHU-TIEN", "UBND xã Phú Tiến"), PHU_TIEN, null)
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private String fosteringPlan() {
        return """
                {"responsibleUnitCode": "SNV-TN",
                 "supportActions": ["Hỗ trợ chứng nhận VietGAP cho 20 ha chè"],
                 "milestones": [{"title": "Hoàn thành chứng nhận VietGAP", "dueOn": "%s"},
                                {"title": "Sản phẩm đạt OCOP 4 sao", "dueOn": "%s"}]}
                """.formatted(TODAY.plusDays(30), TODAY.plusDays(200));
    }

    private static final String RECOGNITION = """
            {"basis": "CONFERENCE", "reference": "Hội nghị điển hình tiên tiến tỉnh Thái Nguyên"}""";

    private static String adoption(String unitCode, String unitName) {
        return """
                {"unitCode": "%s", "unitName": "%s", "scale": "3 thôn, 45 hộ"}""".formatted(unitCode, unitName);
    }

    @Test
    void anExemplarIsProposedFosteredRecognisedAndAdoptedAndEachStepIsPublished() {
        String id = (String) propose("Mô hình chè VietGAP Hảo Đạt").get("id");

        Map<?, ?> fostered = post("/api/exemplars/" + id + "/fostering", fosteringPlan(), REVIEWER, "\"1\"")
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(fostered.get("status")).isEqualTo("FOSTERING");
        String milestone = (String) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) fostered.get("fostering")).get("milestones"))
                .get(0)).get("id");

        post("/api/exemplars/" + id + "/fostering/milestones/" + milestone + "/reached",
                "{\"outcome\": \"22 ha chè được cấp chứng nhận VietGAP.\"}", REVIEWER, "\"2\"")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.fostering.milestones[0].reachedOn").isEqualTo(TODAY.toString());
        post("/api/exemplars/" + id + "/recognition", RECOGNITION, REVIEWER, "\"3\"")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RECOGNISED")
                .jsonPath("$.recognition.basisLabel").isEqualTo("Hội nghị điển hình tiên tiến");
        post("/api/exemplars/" + id + "/adoptions", adoption("XA-PHUONG-TIEN", "UBND xã Phượng Tiến"), PHUONG_TIEN,
                null)
                .expectStatus().isCreated().expectHeader().valueEquals(HttpHeaders.ETAG, "\"5\"")
                .expectBody().jsonPath("$.status").isEqualTo("REPLICATING").jsonPath("$.adoptionCount").isEqualTo(1)
                .jsonPath("$.adoptions[0].id").value(adoptionId -> {
                    String outcome = "{\"outcome\": \"18 hộ đã ký hợp đồng bao tiêu chè.\"}";
                    // The exemplar's own unit does not report for another commune's adoption.
                    put("/api/exemplars/" + id + "/adoptions/" + adoptionId + "/outcome", outcome, PHU_TIEN)
                            .expectStatus().isForbidden();
                    put("/api/exemplars/" + id + "/adoptions/" + adoptionId + "/outcome", outcome, PHUONG_TIEN)
                            .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"6\"")
                            .expectBody().jsonPath("$.adoptions[0].outcome").isEqualTo("18 hộ đã ký hợp đồng bao tiêu chè.");
                });

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.EXEMPLAR)) {
            // Five steps, five events: the reported outcome publishes none.
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                    .filter(r -> id.equals(r.key())).count() == 5);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> reader.records().stream()
                    .filter(r -> id.equals(r.key())).count() == 5);
            var records = reader.records().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                    EventCatalog.EXEMPLAR_DISCOVERED_V1.wireType(), EventCatalog.FOSTERING_STARTED_V1.wireType(),
                    EventCatalog.FOSTERING_MILESTONE_REACHED_V1.wireType(),
                    EventCatalog.EXEMPLAR_RECOGNISED_V1.wireType(), EventCatalog.MODEL_ADOPTED_V1.wireType());
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_aggregateversion"))
                    .containsExactly("1", "2", "3", "4", "5");
            records.forEach(r -> ContractSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        }
    }

    @Test
    void theExemplarsOwnUnitCannotRecordAnAdoptionOfIt() {
        String id = recognisedExemplar("Tổ hợp tác chè Khuôn Tát");
        post("/api/exemplars/" + id + "/adoptions", adoption("XA-PHU-TIEN", "UBND xã Phú Tiến"), PHU_TIEN, null)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("own-unit-adoption")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("đơn vị khác"));
        // An officer records adoptions for its own unit only.
        post("/api/exemplars/" + id + "/adoptions", adoption("XA-BINH-THANH", "UBND xã Bình Thành"), PHUONG_TIEN,
                null).expectStatus().isForbidden();
    }

    @Test
    void officersProposeForTheirOwnUnitsAndTheOfficeManagesTheRest() {
        post("/api/exemplars", proposal("Mô hình của xã khác", "XA-PHU-TIEN", "UBND xã Phú Tiến"), PHUONG_TIEN, null)
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/exemplars").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(proposal("Ẩn danh", "XA-PHU-TIEN", "UBND xã Phú Tiến")).exchange()
                .expectStatus().isUnauthorized();
        String id = (String) propose("Bếp ăn bán trú Phú Tiến").get("id");
        post("/api/exemplars/" + id + "/fostering", fosteringPlan(), PHU_TIEN, null).expectStatus().isForbidden();
        post("/api/exemplars/" + id + "/recognition", RECOGNITION, PHU_TIEN, null).expectStatus().isForbidden();

        // Not yet recognised: not there for the public or another commune, all there for its own unit.
        web.get().uri("/api/exemplars/" + id).exchange().expectStatus().isNotFound();
        get("/api/exemplars/" + id, PHUONG_TIEN).expectStatus().isNotFound();
        get("/api/exemplars/" + id, PHU_TIEN).expectStatus().isOk()
                .expectBody().jsonPath("$.evidence[0]").isEqualTo("Biên bản khảo sát thực tế ngày 12/01/2026");
    }

    @Test
    void thePublicReadsRecognisedExemplarsWithoutTheirWorkingPapers() {
        String id = recognisedExemplar("Hợp tác xã chè Hảo Đạt – VietGAP");
        web.get().uri("/api/exemplars/" + id).exchange().expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.subject.name").isEqualTo("Hợp tác xã chè Hảo Đạt")
                .jsonPath("$.subject.unitName").isEqualTo("UBND xã Phú Tiến")
                .jsonPath("$.story").exists()
                .jsonPath("$.evidence").doesNotExist()
                .jsonPath("$.fostering").doesNotExist()
                .jsonPath("$.version").doesNotExist();

        web.get().uri("/api/honour-board?q=HOP TAC XA che hao dat vietgap&size=100").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        web.get().uri("/api/honour-board?q=khong co mo hinh nay&size=100").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        web.get().uri("/api/honour-board?field=EDUCATION&size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();
        web.get().uri("/api/honour-board?year=" + TODAY.getYear() + "&unit=XA-PHU-TIEN&size=100").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        web.get().uri("/api/honour-board?year=" + (TODAY.getYear() - 1) + "&size=100").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();
    }

    @Test
    void theHonourBoardShowsTheNewestRecognitionsFirst() {
        String marker = "Tổ liên kết rau hữu cơ " + UUID.randomUUID().toString().substring(0, 8);
        String older = (String) post("/api/exemplars", proposal(marker + " thôn Làng Quặng", "XA-PHU-TIEN",
                "UBND xã Phú Tiến").replace("\"source\": \"FIELD_VISIT\"",
                "\"source\": \"FIELD_VISIT\", \"discoveredOn\": \"" + TODAY.minusDays(20) + "\""), PHU_TIEN, null)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String newer = (String) propose(marker + " thôn Khuôn Tát").get("id");
        post("/api/exemplars/" + newer + "/recognition", RECOGNITION, REVIEWER, null).expectStatus().isOk();
        post("/api/exemplars/" + older + "/recognition", RECOGNITION.replace("}",
                ", \"recognisedOn\": \"" + TODAY.minusDays(10) + "\"}"), REVIEWER, null).expectStatus().isOk();

        web.get().uri("/api/honour-board?q=" + marker).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].id").isEqualTo(newer)
                .jsonPath("$.items[1].id").isEqualTo(older)
                .jsonPath("$.total").isEqualTo(2);
        assertThat(PrometheusText.scrape(web)).contains("thidua_exemplar_transitions_total{application=\"exemplar-service\","
                        + "event=\"ExemplarRecognised\",field=\"AGRICULTURE_RURAL_DEVELOPMENT\",status=\"RECOGNISED\"}");
    }

    @Test
    void aProfileIsCorrectedOnTheVersionItWasReadAt() {
        String id = (String) propose("Mô hình cần sửa tên").get("id");
        String corrected = """
                {"title": "Bếp ăn bán trú của Trường Tiểu học Phú Tiến", "field": "EDUCATION",
                 "story": "Nhà trường vận động phụ huynh góp rau, gạo để học sinh người dân tộc thiểu số được ăn trưa tại trường.",
                 "evidence": ["Báo cáo của nhà trường"]}""";
        web.put().uri("/api/exemplars/" + id + "/profile").headers(h -> {
                    h.setBearerAuth(PHU_TIEN);
                    h.set(HttpHeaders.IF_MATCH, "\"1\"");
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(corrected).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.field").isEqualTo("EDUCATION").jsonPath("$.fieldLabel").isEqualTo("Giáo dục");
        web.put().uri("/api/exemplars/" + id + "/profile").headers(h -> {
                    h.setBearerAuth(REVIEWER);
                    h.set(HttpHeaders.IF_MATCH, "\"1\"");
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(corrected).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        web.put().uri("/api/exemplars/" + id + "/profile").headers(h -> h.setBearerAuth(PHUONG_TIEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(corrected).exchange()
                .expectStatus().isNotFound();
        get("/api/exemplars?q=ban tru tieu hoc phu tien&size=100", REVIEWER).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')]").exists();
    }

    @Test
    void staleWritesIllegalStepsAndBadInputAreProblems() {
        String id = (String) propose("Câu lạc bộ tin học người cao tuổi").get("id");
        post("/api/exemplars/" + id + "/fostering", fosteringPlan(), REVIEWER, "\"7\"")
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        post("/api/exemplars/" + id + "/recognition", RECOGNITION, REVIEWER, null).expectStatus().isOk();
        post("/api/exemplars/" + id + "/recognition", RECOGNITION, REVIEWER, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("RECOGNISED");
        post("/api/exemplars/" + id + "/fostering", fosteringPlan(), REVIEWER, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);

        post("/api/exemplars", "{\"title\": \" \", \"field\": \"GARDENING\"}", REVIEWER, null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("field");
        post("/api/exemplars", "{\"title\": \" \", \"subject\": {\"kind\": \"COLLECTIVE\"}, \"source\":"
                + " \"AWARD_DECISION\"}", REVIEWER, null)
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'subject.unitCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'source')]").exists();
        post("/api/exemplars", proposal("x", "XA-PHU-TIEN", "UBND xã Phú Tiến").replaceFirst("\\{",
                "{\"budget\": 5,"), REVIEWER, null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("budget");
        post("/api/exemplars/" + UUID.randomUUID() + "/archive", "{\"reason\": \"x\"}", REVIEWER, null)
                .expectStatus().isNotFound();
    }

    @Test
    void concurrentAdoptionsNeverOverwriteEachOtherAndAUnitAdoptsOnce() {
        String id = recognisedExemplar("Mô hình chăn nuôi an toàn sinh học");
        String officeAdoption = adoption("XA-BINH-THANH", "UBND xã Bình Thành");
        List<Integer> statuses = Flux.range(0, 4)
                .flatMap(i -> Mono.fromCallable(() -> web.post().uri("/api/exemplars/" + id + "/adoptions")
                                .headers(h -> h.setBearerAuth(i % 2 == 0 ? PHUONG_TIEN : REVIEWER))
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(i % 2 == 0 ? adoption("XA-PHUONG-TIEN", "UBND xã Phượng Tiến")
                                        : officeAdoption)
                                .exchange().returnResult(String.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();
        // A loser of the version race is told to retry (409), a second adoption by the same unit is refused (422).
        assertThat(statuses).contains(201).isSubsetOf(201, 409, 422);
        Exemplar stored = repository.findById(id).block();
        // Whatever was answered 201 is stored; nothing stored twice.
        assertThat(stored.adoptions()).hasSize((int) statuses.stream().filter(s -> s == 201).count());
        assertThat(stored.adoptions().stream().map(a -> a.unitCode()).collect(Collectors.toSet()))
                .hasSize(stored.adoptions().size());
    }

    @Test
    void overdueMilestonesAreListedAndMarked() {
        // A plan started in the past, through the repository: the API only takes due dates from today on.
        String id = UUID.randomUUID().toString();
        var subject = new Subject(SubjectKind.INDIVIDUAL, "Lê Văn Bình", "XA-PHUONG-TIEN", "UBND xã Phượng Tiến",
                null);
        var discovery = Exemplar.discover(id, "19", "Gương sáng hiến đất làm đường", subject, ExemplarField.SOCIAL_WORK,
                "Hiến 300 m² đất mở rộng đường thôn.", List.of(), DiscoverySource.CITIZEN_TIP,
                TODAY.minusDays(40), List.of(), List.of(), List.of(), Instant.now(), "reviewer");
        Exemplar created = repository.create(discovery).block();
        var started = created.startFostering("XA-PHUONG-TIEN", List.of("Biểu dương tại hội nghị thôn"),
                List.of(new Milestone(UUID.randomUUID().toString(), "Vận động thêm hộ hiến đất", TODAY.minusDays(1),
                        null, null)), TODAY.minusDays(30), "reviewer");
        repository.save(started, 1).block();

        get("/api/exemplars?overdue=true&size=100", REVIEWER).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')].fostering.overdueMilestones").isEqualTo(List.of(1))
                .jsonPath("$.items[?(@.id == '" + id + "')].fostering.milestones[0].overdue").isEqualTo(List.of(true));
        get("/api/exemplars?overdue=true&size=100", PHUONG_TIEN).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        get("/api/exemplars?overdue=true&size=100", PHU_TIEN).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();

        get("/api/exemplars/statistics?unit=XA-PHUONG-TIEN", PHUONG_TIEN).expectStatus().isOk().expectBody()
                .jsonPath("$.units[0].unitCode").isEqualTo("XA-PHUONG-TIEN")
                .jsonPath("$.units[0].discovered").value(n -> assertThat((Integer) n).isPositive());
        get("/api/exemplars/statistics?unit=XA-PHU-TIEN", PHUONG_TIEN).expectStatus().isForbidden();
        web.get().uri("/api/exemplars/statistics").exchange().expectStatus().isUnauthorized();
    }

    private String recognisedExemplar(String title) {
        String id = (String) propose(title).get("id");
        post("/api/exemplars/" + id + "/recognition", RECOGNITION, REVIEWER, null).expectStatus().isOk();
        return id;
    }

    private WebTestClient.ResponseSpec put(String path, String body, String token) {
        return web.put().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String body, String token, String ifMatch) {
        var request = web.post().uri(path).headers(h -> {
            h.setBearerAuth(token);
            if (ifMatch != null) {
                h.set(HttpHeaders.IF_MATCH, ifMatch);
            }
        });
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
