package vn.thidua.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticleCategory;

/**
 * The drafts written from every example of the contracts: they link their source, carry a stable id per source
 * event, and, once published, produce an ArticlePublished that its schema accepts.
 */
class EventStoriesTest {

    private static final Instant NOW = Instant.parse("2026-06-11T01:00:00Z");
    private static final ArticleSource SOURCE = new ArticleSource("t", "e", "a");

    @Test
    void everyNoticeExampleIsPostedWithItsIdAndAValidEvent() {
        for (PublicNoticeOpened notice : ContractSchemas.examples(EventCatalog.PUBLIC_NOTICE_OPENED_V1)) {
            Article posted = PublicNoticeStory.posting(notice, SOURCE, LocalDate.of(2026, 6, 25), NOW)
                    .postNotice("cong-khai-x", NOW);
            assertThat(posted.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(posted.category()).isEqualTo(ArticleCategory.PUBLIC_NOTICES);
            assertThat(posted.links().publicNoticeIds()).containsExactly(notice.publicNoticeId());
            assertThat(posted.id()).isEqualTo(PublicNoticeStory.articleId(notice.publicNoticeId()));
            notice.nominees().forEach(n -> assertThat(posted.body()).contains(ArticleHtml.escape(n.displayName())));
            var event = posted.publishedEvent(1);
            assertThat(event.publicNoticeId()).isEqualTo(notice.publicNoticeId());
            ContractSchemas.assertValid(event);
        }
    }

    @Test
    void onlyANoticeDraftMayBePostedWithoutReview() {
        var draft = Article.draft("id", "19", new ArticleContent("Tin", null, "<p>x</p>", ArticleCategory.NEWS,
                List.of("portal"), null, List.of()), "UBND-TN", null, NOW, "u");
        assertThatThrownBy(() -> draft.postNotice("tin", NOW)).isInstanceOf(IllegalStepException.class);
    }

    @Test
    void decisionsExemplarsAndReviewsDraftArticlesWhosePublicationIsValid() {
        for (DecisionIssued decision : ContractSchemas.examples(EventCatalog.DECISION_ISSUED_V1)) {
            Article draft = HonoursStory.draft(decision, SOURCE, decision.aggregateVersion(), NOW);
            assertThat(draft.links().decisionIds()).containsExactly(decision.decisionId());
            decision.grants().forEach(g -> assertThat(draft.body()).contains(ArticleHtml.escape(g.displayName())));
            assertValidOncePublished(draft);
        }
        for (ExemplarRecognised exemplar : ContractSchemas.examples(EventCatalog.EXEMPLAR_RECOGNISED_V1)) {
            Article draft = ExemplarStory.draft(exemplar, SOURCE, exemplar.aggregateVersion(), NOW);
            assertThat(draft.links().exemplarIds()).containsExactly(exemplar.exemplarId());
            assertThat(draft.category()).isEqualTo(ArticleCategory.EXEMPLARS);
            assertValidOncePublished(draft);
        }
        for (CampaignReviewed review : ContractSchemas.examples(EventCatalog.CAMPAIGN_REVIEWED_V1)) {
            Article draft = CampaignReviewStory.draft(review, "UBND-TN", SOURCE, review.aggregateVersion(), NOW);
            assertThat(draft.links().campaignIds()).containsExactly(review.campaignId());
            assertValidOncePublished(draft);
        }
    }

    @Test
    void theIdFollowsTheSourceEventNotTheDelivery() {
        assertThat(HonoursStory.articleId("d", 3)).isEqualTo(HonoursStory.articleId("d", 3))
                .isNotEqualTo(HonoursStory.articleId("d", 4))
                .isNotEqualTo(ExemplarStory.articleId("d", 3));
    }

    private static void assertValidOncePublished(Article draft) {
        Article published = draft.submit(NOW, "u").approve(NOW, "u").publish(draft.slug(), NOW, "u");
        ContractSchemas.assertValid(published.publishedEvent(4));
    }
}
