package vn.thidua.exemplar.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.DINH_HOA;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.PROVINCE;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.article;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.decision;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.grant;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.review;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.revocation;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.unit;
import static vn.thidua.exemplar.messaging.OtherServicesEvents.withdrawal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.exemplar.ConsumedTopicsInitializer;
import vn.thidua.exemplar.application.ExemplarRepository;
import vn.thidua.exemplar.domain.EventStories;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * Decisions, revocations, reviews, units and articles on the real broker, in order, twice, and out of order: each
 * changes exemplars once, and late or early arrivals end in the same state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class,
        ConsumedTopicsInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class DiscoveryFromEventsTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static final UnitRef PHUONG_TIEN = new UnitRef("XA-PHUONG-TIEN", "UBND xã Phượng Tiến");
    private static OtherServicesEvents events;

    @Autowired WebTestClient web;
    @Autowired ExemplarRepository exemplars;

    @BeforeAll
    static void producer() throws Exception {
        events = new OtherServicesEvents();
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static String person() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Grant provincialTitle(String personId) {
        return grant(UUID.randomUUID().toString(), SubjectKind.INDIVIDUAL, personId, "Hoàng Thị Mai", PHUONG_TIEN,
                "CHIEN_SI_THI_DUA_CAP_TINH", "Chiến sĩ thi đua cấp tỉnh");
    }

    private static String exemplarOf(Grant grant) {
        return EventStories.exemplarIdOf("19", grant.subjectKind(), grant.subjectId());
    }

    private Exemplar awaitExemplar(String id, Predicate<Exemplar> state) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> exemplars.findById(id).block(),
                e -> e != null && state.test(e));
    }

    @Test
    void aDecisionOpensOneExemplarPerQualifyingGrantEvenWhenDeliveredTwice() {
        Grant title = provincialTitle(person());
        Grant minor = grant(UUID.randomUUID().toString(), SubjectKind.INDIVIDUAL, person(), "Đinh Văn Hùng",
                PHUONG_TIEN, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến");
        String decisionId = UUID.randomUUID().toString();
        var issued = decision(decisionId, "163/QĐ-UBND", title, minor);
        String eventId = UUID.randomUUID().toString();
        events.send(issued, eventId);
        events.send(issued, eventId); // the relay published it again after a crash

        Exemplar opened = awaitExemplar(exemplarOf(title), e -> true);
        assertThat(opened.source().name()).isEqualTo("AWARD_DECISION");
        assertThat(opened.decisions()).singleElement()
                .satisfies(link -> assertThat(link.decisionNumber()).isEqualTo("163/QĐ-UBND"));
        assertThat(opened.subject().personId()).isEqualTo(title.subjectId());
        assertThat(opened.story()).contains("Chiến sĩ thi đua cấp tỉnh").contains("22/12/2025");

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                exemplars.findById(exemplarOf(title)).block().version() == 1);
        assertThat(exemplars.findById(exemplarOf(minor)).block()).isNull();

        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.EXEMPLAR)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                    .anyMatch(r -> r.key().equals(exemplarOf(title))));
            var published = reader.records().stream().filter(r -> r.key().equals(exemplarOf(title))).toList();
            assertThat(published).singleElement().satisfies(r -> {
                assertThat(TopicReader.header(r, "ce_type")).isEqualTo(EventCatalog.EXEMPLAR_DISCOVERED_V1.wireType());
                ContractSchemas.assertValid(EventCatalog.EXEMPLAR_DISCOVERED_V1.wireType(), r.value());
                assertThat(TopicReader.value(r)).contains("Hoàng Thị Mai").contains(decisionId);
            });
        }
    }

    @Test
    void aSecondAwardForTheSameSubjectUpdatesItsExemplar() {
        String personId = person();
        Grant first = provincialTitle(personId);
        Grant second = grant(UUID.randomUUID().toString(), SubjectKind.INDIVIDUAL, personId, "Hoàng Thị Mai",
                PHUONG_TIEN, "BANG_KHEN_CHU_TICH_UBND_TINH", "Bằng khen của Chủ tịch UBND tỉnh");
        events.send(decision(UUID.randomUUID().toString(), "163/QĐ-UBND", first));
        events.send(decision(UUID.randomUUID().toString(), "201/QĐ-UBND", second));

        Exemplar e = awaitExemplar(exemplarOf(first), x -> x.decisions().size() == 2);
        assertThat(e.decisions()).extracting(link -> link.decisionNumber())
                .containsExactlyInAnyOrder("163/QĐ-UBND", "201/QĐ-UBND");
    }

    @Test
    void aRevokedAwardLosesItsLinkAndAnExemplarRestingOnItAloneIsFlagged() {
        Grant title = provincialTitle(person());
        String decisionId = UUID.randomUUID().toString();
        events.send(decision(decisionId, "163/QĐ-UBND", title));
        awaitExemplar(exemplarOf(title), e -> true);

        var revoked = revocation(title, decisionId, 2);
        String eventId = UUID.randomUUID().toString();
        events.send(revoked, eventId);
        Exemplar flagged = awaitExemplar(exemplarOf(title), Exemplar::needsReview);
        assertThat(flagged.decisions()).isEmpty();
        assertThat(flagged.reviewReason()).contains("thu hồi");
        long version = flagged.version();

        events.send(revoked, eventId);
        events.send(decision(decisionId, "163/QĐ-UBND", title)); // an old copy of the decision, replayed
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                exemplars.findById(exemplarOf(title)).block().version() == version);
        assertThat(exemplars.findById(exemplarOf(title)).block().decisions()).isEmpty();

        web.get().uri("/api/exemplars?needsReview=true&size=100").headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + exemplarOf(title) + "')].needsReview").isEqualTo(List.of(true));
    }

    @Test
    void aRevocationArrivingBeforeItsDecisionKeepsTheGrantFromOpeningAnExemplar() {
        Grant revokedTitle = provincialTitle(person());
        Grant keptTitle = provincialTitle(person());
        String decisionId = UUID.randomUUID().toString();
        events.send(revocation(revokedTitle, decisionId, 2));
        events.send(decision(decisionId, "163/QĐ-UBND", revokedTitle, keptTitle));

        awaitExemplar(exemplarOf(keptTitle), e -> true);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                exemplars.findById(exemplarOf(revokedTitle)).block() == null);
    }

    @Test
    void eachClustersLeadingUnitBecomesACandidateFoundUnderItsFormerDistrict() {
        String code = "XA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var leader = new UnitRef(code, "UBND xã Thanh Định");
        events.send(unit(PROVINCE.code(), PROVINCE.name(), UnitKind.PROVINCE));
        events.send(unit(DINH_HOA.code(), DINH_HOA.name(), UnitKind.DISTRICT, PROVINCE));
        events.send(unit(code, leader.name(), UnitKind.COMMUNE, PROVINCE, DINH_HOA));
        var reviewed = review(UUID.randomUUID().toString(), UUID.randomUUID().toString(), leader, PHUONG_TIEN);
        String eventId = UUID.randomUUID().toString();
        events.send(reviewed, eventId);
        events.send(reviewed, eventId);

        String id = EventStories.exemplarIdOf("19", SubjectKind.COLLECTIVE, code);
        Exemplar candidate = awaitExemplar(id, e -> true);
        assertThat(candidate.source().name()).isEqualTo("CAMPAIGN_REVIEW");
        assertThat(candidate.reviews()).singleElement()
                .satisfies(link -> assertThat(link.clusterName()).isEqualTo("Cụm thi đua số 02"));
        assertThat(candidate.story()).contains("lá cờ đầu").contains("Chuyển đổi số cấp xã 2025");
        // The runner-up is not a candidate.
        assertThat(exemplars.findById(EventStories.exemplarIdOf("19", SubjectKind.COLLECTIVE, PHUONG_TIEN.code()))
                .blockOptional().filter(e -> !e.reviews().isEmpty())).isEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/exemplars?unit=UBND-DINH-HOA&size=100").headers(h -> h.setBearerAuth(REVIEWER))
                        .exchange().expectStatus().isOk().expectBody()
                        .jsonPath("$.items[?(@.id == '" + id + "')]").exists());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                exemplars.findById(id).block().reviews().size() == 1);

        // The leader adopts a recognised model of Phượng Tiến: the diffusion counts it under its district and province.
        String model = (String) web.post().uri("/api/exemplars").headers(h -> h.setBearerAuth(REVIEWER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"title": "Tủ sách pháp luật ở nhà văn hóa thôn", "field": "PUBLIC_ADMINISTRATION",
                         "subject": {"kind": "COLLECTIVE", "name": "Chi hội phụ nữ thôn", "unitCode": "XA-PHUONG-TIEN",
                                     "unitName": "UBND xã Phượng Tiến"},
                         "story": "Tủ sách mở cửa mỗi tối thứ Bảy.", "source": "UNIT_TIP"}""")
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id");
        web.post().uri("/api/exemplars/" + model + "/recognition").headers(h -> h.setBearerAuth(REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"basis\": \"CONFERENCE\", \"reference\": \"Hội nghị điển hình tiên tiến\"}")
                .exchange().expectStatus().isOk();
        web.post().uri("/api/exemplars/" + model + "/adoptions").headers(h -> h.setBearerAuth(REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitCode\": \"" + code + "\", \"unitName\": \"UBND xã Thanh Định\"}")
                .exchange().expectStatus().isCreated();
        web.get().uri("/api/exemplars/" + model + "/diffusion").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.adoptions").isEqualTo(1)
                .jsonPath("$.daysToFirstAdoption").isEqualTo(0)
                .jsonPath("$.where[0].unitCode").isEqualTo("UBND-TN")
                .jsonPath("$.where[0].unitName").isEqualTo("UBND tỉnh Thái Nguyên")
                .jsonPath("$.where[1].unitCode").isEqualTo("UBND-DINH-HOA")
                .jsonPath("$.where[2].unitCode").isEqualTo(code)
                .jsonPath("$.where[2].depth").isEqualTo(2);
    }

    @Test
    void anArticleAboutAnExemplarNotYetKnownIsLinkedWhenItAppearsAndUnlinkedWhenWithdrawn() {
        Grant title = provincialTitle(person());
        String id = exemplarOf(title);
        String articleId = UUID.randomUUID().toString();
        events.send(article(articleId, id, 3));
        events.send(decision(UUID.randomUUID().toString(), "163/QĐ-UBND", title));
        awaitExemplar(id, e -> true);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/exemplars/" + id).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                        .expectStatus().isOk().expectBody()
                        .jsonPath("$.articles[0].articleId").isEqualTo(articleId)
                        .jsonPath("$.articles[0].url").isEqualTo("/dien-hinh/guong-sang-xa-thanh-dinh"));

        events.send(withdrawal(articleId, id, 4));
        events.send(article(articleId, id, 3)); // the older publication, re-delivered after the withdrawal
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/exemplars/" + id).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                        .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON)
                        .expectBody().jsonPath("$.articles.length()").isEqualTo(0));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/exemplars/" + id).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                        .expectBody().jsonPath("$.articles.length()").isEqualTo(0));
    }
}
