package vn.thidua.publication.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.DocumentType;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.publication.domain.CampaignLaunchStory;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.EventPublisher;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TestInfrastructure;

/**
 * CampaignLaunched on the real broker → one draft article, readable by the editorial board only; a re-delivered
 * launch drafts nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class CampaignLaunchDraftTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String EDITOR = ISSUER.token("editor", "UBND-TN", Role.EDITOR);
    private static final String OFFICER = ISSUER.token("officer", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static EventPublisher campaignService;

    @Autowired WebTestClient web;

    @BeforeAll
    static void producer() {
        // campaign-service owns and creates its topic; here nobody else does.
        EventPublisher.ensureTopics(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN);
        campaignService = EventPublisher.to(TestInfrastructure.kafkaBootstrap());
    }

    @AfterAll
    static void close() {
        campaignService.close();
    }

    @Test
    void aLaunchDraftsOneArticleEvenWhenDeliveredTwice() {
        String campaignId = UUID.randomUUID().toString();
        CampaignLaunched launch = launch(campaignId, "Chuyển đổi số cấp xã <2026>");
        String eventId = UUID.randomUUID().toString();
        send(launch, eventId);
        send(launch, eventId); // the relay crashed after the broker's ack and published it again

        String articleId = CampaignLaunchStory.articleId(campaignId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                        .expectStatus().isOk());

        web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.category").isEqualTo("CAMPAIGNS")
                .jsonPath("$.title").isEqualTo("UBND tỉnh Thái Nguyên phát động phong trào thi đua "
                        + "“Chuyển đổi số cấp xã <2026>”")
                .jsonPath("$.slug").isEqualTo("ubnd-tinh-thai-nguyen-phat-dong-phong-trao-thi-dua-chuyen-doi-so-cap-xa-2026")
                .jsonPath("$.links.campaignIds[0]").isEqualTo(campaignId)
                .jsonPath("$.source.eventId").isEqualTo(eventId)
                .jsonPath("$.body").value(body -> assertThat((String) body)
                        .contains("Kế hoạch 40/KH-UBND ngày 08/3/2021")
                        .contains("&lt;2026&gt;")
                        .doesNotContain("<2026>"));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(EDITOR))
                        .exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.items[?(@.links.campaignIds[0] == '" + campaignId + "')].id")
                        .value(ids -> assertThat((List<?>) ids).hasSize(1)));
    }

    @Test
    void draftsAreForTheEditorialBoardOnly() {
        String campaignId = UUID.randomUUID().toString();
        send(launch(campaignId, "Dạy tốt – học tốt"), UUID.randomUUID().toString());
        String articleId = CampaignLaunchStory.articleId(campaignId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                        .expectStatus().isOk());

        web.get().uri("/api/articles?status=DRAFT").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/articles?status=DRAFT").headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // A commune officer sees its own unit's drafts only, and this one is the province's.
        web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + articleId + "')]").isEmpty();
        web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/articles/" + articleId).exchange().expectStatus().isNotFound();
        web.get().uri("/api/articles").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + articleId + "')]").isEmpty();
        web.get().uri("/api/articles?status=SOMETIMES").headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    private static CampaignLaunched launch(String campaignId, String title) {
        LocalDate from = LocalDate.of(2026, 1, 1);
        return new CampaignLaunched(campaignId, 2, "19", new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"),
                "Chủ tịch UBND tỉnh", CampaignKind.THEMATIC, title,
                new LegalBasis("40/KH-UBND", DocumentType.KE_HOACH, LocalDate.of(2021, 3, 8), null,
                        "Kế hoạch 40/KH-UBND ngày 08/3/2021"),
                new CampaignPeriod(from, from.plusYears(1).minusDays(1)),
                new CampaignScope(List.of("XA-PHUONG-TIEN"), true, null), List.of("Mục tiêu"),
                List.of(new Criterion("TC1", "Dịch vụ công", new BigDecimal("60"), new BigDecimal("60"))),
                List.of("GIAY_KHEN_CHU_TICH_UBND_XA"), from.plusDays(30), new CampaignMilestones(null, from.plusMonths(11)),
                Instant.parse("2026-03-02T02:00:00Z"), "reviewer", null);
    }

    private static void send(CampaignLaunched event, String eventId) {
        campaignService.send(event, eventId);
    }
}
