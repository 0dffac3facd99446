package vn.thidua.publication.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.NoticeClosure;
import vn.thidua.contracts.events.nomination.NoticeNominee;
import vn.thidua.contracts.events.nomination.PublicNoticeClosed;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.publication.domain.CampaignReviewStory;
import vn.thidua.publication.domain.ExemplarStory;
import vn.thidua.publication.domain.HonoursStory;
import vn.thidua.publication.domain.PublicNoticeStory;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.EventPublisher;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * The other services' events on the real broker: one draft per source event however often it is delivered, the
 * public notice published at once with the notice id in its ArticlePublished and later marked closed, and commune
 * pages that follow their units.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class EventDraftsTest {

    private static final String EDITOR = TestTokenIssuer.shared().token("editor", "UBND-TN", Role.EDITOR);
    private static EventPublisher sender;
    private static TopicReader publications;

    @Autowired WebTestClient web;

    @BeforeAll
    static void start() {
        // The other services own and create their topics; here nobody else does.
        EventPublisher.ensureTopics(TestInfrastructure.kafkaBootstrap(), Topics.all().toArray(String[]::new));
        sender = EventPublisher.to(TestInfrastructure.kafkaBootstrap());
        publications = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.PUBLICATION);
    }

    @AfterAll
    static void stop() {
        sender.close();
        publications.close();
    }

    @Test
    void aDecisionDraftsOneHonoursArticleListingItsGrants() {
        DecisionIssued example = ContractSchemas.examples(EventCatalog.DECISION_ISSUED_V1).get(0);
        String decisionId = UUID.randomUUID().toString();
        var decision = new DecisionIssued(decisionId, example.aggregateVersion(), example.provinceCode(),
                example.number(), example.issuedOn(), example.issuer(), example.signerTitle(), example.signerName(),
                example.legalGrounds(), example.reason(), example.grants(), example.issuedAt());
        String eventId = sender.send(decision);
        sender.send(decision, eventId);
        sender.send(decision); // the same change published under a new id (a replay): still the same version

        String articleId = HonoursStory.articleId(decisionId, decision.aggregateVersion());
        awaitDraft(articleId);
        web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.category").isEqualTo("DECISIONS")
                .jsonPath("$.authorUnitCode").isEqualTo(decision.issuer().code())
                .jsonPath("$.links.decisionIds[0]").isEqualTo(decisionId)
                .jsonPath("$.title").value(t -> assertThat((String) t).contains(decision.number()))
                .jsonPath("$.body").value(body -> decision.grants().forEach(grant ->
                        assertThat((String) body).contains(grant.displayName()).contains(grant.awardTypeName())));
        assertDraftedOnce("decisionIds", decisionId);
    }

    @Test
    void aRecognisedExemplarDraftsOneStoryForTheExemplarsColumn() {
        ExemplarRecognised example = ContractSchemas.examples(EventCatalog.EXEMPLAR_RECOGNISED_V1).get(0);
        String exemplarId = UUID.randomUUID().toString();
        var exemplar = new ExemplarRecognised(exemplarId, example.aggregateVersion(), example.provinceCode(),
                example.subject(), example.field(), example.title(), example.storySummary(), example.basis(),
                example.campaignIds(), example.decisionIds(), example.recognisedAt());
        String eventId = sender.send(exemplar);
        sender.send(exemplar, eventId);

        String articleId = ExemplarStory.articleId(exemplarId, exemplar.aggregateVersion());
        awaitDraft(articleId);
        web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectBody()
                .jsonPath("$.category").isEqualTo("EXEMPLARS")
                .jsonPath("$.title").isEqualTo(exemplar.title())
                .jsonPath("$.authorUnitCode").isEqualTo(exemplar.subject().unit().code())
                .jsonPath("$.links.exemplarIds[0]").isEqualTo(exemplarId)
                .jsonPath("$.source.eventId").isEqualTo(eventId);
        assertDraftedOnce("exemplarIds", exemplarId);
    }

    @Test
    void eachReviewOfACampaignDraftsItsOwnArticleOnce() {
        CampaignReviewed example = ContractSchemas.examples(EventCatalog.CAMPAIGN_REVIEWED_V1).get(0);
        String campaignId = UUID.randomUUID().toString();
        var midTerm = review(example, campaignId, 5);
        var finalReview = review(example, campaignId, 9);
        String eventId = sender.send(midTerm);
        sender.send(midTerm, eventId);
        sender.send(finalReview);

        awaitDraft(CampaignReviewStory.articleId(campaignId, 5));
        awaitDraft(CampaignReviewStory.articleId(campaignId, 9));
        web.get().uri("/api/articles/" + CampaignReviewStory.articleId(campaignId, 5))
                .headers(h -> h.setBearerAuth(EDITOR)).exchange().expectBody()
                .jsonPath("$.category").isEqualTo("CAMPAIGNS")
                .jsonPath("$.body").value(body -> assertThat((String) body)
                        .contains(example.rankings().get(0).entries().get(0).unit().name()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(EDITOR)).exchange()
                        .expectBody().jsonPath("$.items[?(@.links.campaignIds[0] == '" + campaignId + "')].id")
                        .value(ids -> assertThat((List<?>) ids).hasSize(2)));
    }

    @Test
    void aPublicNoticeIsPublishedAtOnceWithItsIdAndLaterMarkedClosed() {
        String noticeId = UUID.randomUUID().toString();
        var opened = new PublicNoticeOpened(noticeId, 1, "19",
                "Công khai danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026",
                new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"),
                List.of(new NoticeNominee(UUID.randomUUID().toString(), SubjectKind.INDIVIDUAL, "Ma Thị Lan",
                        new UnitRef("XA-PHU-TIEN", "UBND xã Phú Tiến"), "BANG_KHEN_CT_UBND_TINH",
                        "Bằng khen của Chủ tịch UBND tỉnh", "Dẫn đầu phong trào chuyển đổi số cấp xã <2026>.")),
                10, "Ý kiến gửi qua mục Góp ý trên trang này trong 10 ngày làm việc.",
                "/api/public-notices/" + noticeId + "/objections", null, Instant.parse("2026-03-02T02:00:00Z"));
        String eventId = sender.send(opened);
        sender.send(opened, eventId);

        String articleId = PublicNoticeStory.articleId(noticeId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/articles/" + articleId).exchange().expectStatus().isOk());
        web.get().uri("/api/articles/" + articleId).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.category").isEqualTo("PUBLIC_NOTICES")
                .jsonPath("$.channels[0]").isEqualTo("portal")
                .jsonPath("$.notice.noticeId").isEqualTo(noticeId)
                .jsonPath("$.notice.objectionPath").isEqualTo(opened.objectionPath())
                .jsonPath("$.notice.closesOn").exists()
                .jsonPath("$.notice.closedAt").doesNotExist()
                .jsonPath("$.body").value(body -> assertThat((String) body).contains("Ma Thị Lan")
                        .contains("&lt;2026&gt;").doesNotContain("<2026>"));

        var published = await().atMost(Duration.ofSeconds(30)).until(() -> publishedEvents(articleId),
                events -> !events.isEmpty());
        assertThat(published.get(0).publicNoticeId()).isEqualTo(noticeId);
        assertThat(published.get(0).category().name()).isEqualTo("PUBLIC_NOTICES");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> publishedEvents(articleId).size() == 1);

        sender.send(new PublicNoticeClosed(noticeId, 4, "19", NoticeClosure.WINDOW_ENDED, null, null, 0, 0,
                Instant.parse("2026-03-16T10:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/articles/" + articleId).exchange().expectBody()
                        .jsonPath("$.notice.closedAt").isEqualTo("2026-03-16T10:00:00Z")
                        .jsonPath("$.notice.closure").isEqualTo("WINDOW_ENDED")
                        .jsonPath("$.status").isEqualTo("PUBLISHED")
                        .jsonPath("$.version").isEqualTo(2));
    }

    @Test
    void aCommunesPageFollowsItsUnitAndAnOlderEventChangesNothing() {
        UnitUpserted example = ContractSchemas.examples(EventCatalog.UNIT_UPSERTED_V1).get(0);
        String code = "XA-THU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String page = code.toLowerCase();
        sender.send(unit(example, code, "UBND xã Thử Nghiệm", 3));
        sender.send(unit(example, code, "UBND xã Thử Nghiệm Mới", 5));
        sender.send(unit(example, code, "UBND xã Tên Cũ", 4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/channels/" + page)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Trang thông tin UBND xã Thử Nghiệm Mới")
                .jsonPath("$.kind").isEqualTo("COMMUNE_PAGE")
                .jsonPath("$.unitCode").isEqualTo(code));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/channels/" + page).exchange().expectBody()
                        .jsonPath("$.name").isEqualTo("Trang thông tin UBND xã Thử Nghiệm Mới"));
    }

    private static UnitUpserted unit(UnitUpserted e, String code, String name, long version) {
        return new UnitUpserted(UUID.nameUUIDFromBytes(code.getBytes()).toString(), version, e.provinceCode(), code,
                name, e.kind(), e.parent(), List.of(new UnitRef(code, name)), e.validFrom(), null, null, null, null,
                e.changedAt());
    }

    private static CampaignReviewed review(CampaignReviewed e, String campaignId, long version) {
        return new CampaignReviewed(campaignId, version, e.provinceCode(), e.campaignTitle(), e.kind(), e.stage(),
                e.reviewedOn(), e.maxTotalScore(), e.rankings(), e.summary(), e.reviewedAt(), e.reviewedBy());
    }

    private void awaitDraft(String articleId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/articles/" + articleId).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                        .expectStatus().isOk());
    }

    private void assertDraftedOnce(String linkList, String id) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/articles?status=DRAFT&size=100").headers(h -> h.setBearerAuth(EDITOR)).exchange()
                        .expectBody().jsonPath("$.items[?(@.links." + linkList + "[0] == '" + id + "')].id")
                        .value(ids -> assertThat((List<?>) ids).hasSize(1)));
    }

    private static List<ArticlePublished> publishedEvents(String articleId) {
        return publications.records().stream()
                .filter(r -> articleId.equals(r.key()))
                .map(r -> {
                    ContractSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value());
                    return EventJson.fromBytes(r.value(), ArticlePublished.class);
                })
                .toList();
    }
}
