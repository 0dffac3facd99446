package vn.thidua.gateway.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticlePublished;

/**
 * Which events the public may watch live, and what of them: acts that are public by law or by publication (a
 * campaign launched, an article published, a decision issued, a notice opened), reduced to what a portal ticker
 * shows. Pseudonymous subject ids, user ids and anything else internal stay out, even where the payload has them.
 */
final class PublicProjections {

    static final List<EventType<?>> PUBLIC_TYPES = List.of(EventCatalog.CAMPAIGN_LAUNCHED_V1,
            EventCatalog.ARTICLE_PUBLISHED_V1, EventCatalog.DECISION_ISSUED_V1, EventCatalog.PUBLIC_NOTICE_OPENED_V1);

    private PublicProjections() {
    }

    static boolean isPublic(String wireType) {
        return PUBLIC_TYPES.stream().anyMatch(type -> type.wireType().equals(wireType));
    }

    static Optional<Map<String, Object>> project(DomainEvent event) {
        // Java 17: no pattern matching in switch yet.
        if (event instanceof CampaignLaunched launched) {
            return Optional.of(campaign(launched));
        }
        if (event instanceof ArticlePublished article) {
            return Optional.of(article(article));
        }
        if (event instanceof DecisionIssued decision) {
            return Optional.of(decision(decision));
        }
        if (event instanceof PublicNoticeOpened notice) {
            return Optional.of(notice(notice));
        }
        return Optional.empty();
    }

    private static Map<String, Object> campaign(CampaignLaunched launched) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaignId", launched.campaignId());
        data.put("title", launched.title());
        data.put("kind", launched.kind());
        data.put("launchingUnit", launched.launchingUnit().name());
        data.put("legalBasis", launched.legalBasis().citation());
        data.put("from", launched.period().from());
        data.put("to", launched.period().to());
        data.put("launchedAt", launched.launchedAt());
        data.put("link", "/api/campaigns/" + launched.campaignId());
        return data;
    }

    private static Map<String, Object> article(ArticlePublished article) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articleId", article.articleId());
        data.put("title", article.title());
        if (article.summary() != null) {
            data.put("summary", article.summary());
        }
        data.put("category", article.category());
        data.put("channels", article.channels());
        data.put("url", article.url());
        if (article.publicNoticeId() != null) {
            data.put("publicNoticeId", article.publicNoticeId());
        }
        data.put("publishedAt", article.publishedAt());
        return data;
    }

    private static Map<String, Object> decision(DecisionIssued decision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", decision.decisionId());
        data.put("number", decision.number());
        data.put("issuedOn", decision.issuedOn());
        data.put("issuer", decision.issuer().name());
        data.put("reason", decision.reason());
        data.put("grants", decision.grants().stream().map(grant -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("displayName", grant.displayName());
            line.put("unit", grant.unit().name());
            line.put("awardType", grant.awardTypeName());
            line.put("year", grant.year());
            return line;
        }).toList());
        data.put("link", "/api/decisions/" + decision.decisionId());
        return data;
    }

    private static Map<String, Object> notice(PublicNoticeOpened notice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("publicNoticeId", notice.publicNoticeId());
        data.put("title", notice.title());
        data.put("authority", notice.authority().name());
        data.put("nominees", notice.nominees().size());
        data.put("workingDays", notice.workingDays());
        data.put("objectionPath", notice.objectionPath());
        data.put("openedAt", notice.openedAt());
        return data;
    }
}
