package vn.thidua.publication.domain;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseDates;
import vn.thidua.support.text.VietnameseText;

/** The draft honours article about a commendation decision, listing every grant by award. */
public final class HonoursStory {

    private HonoursStory() {
    }

    public static String articleId(String decisionId, long version) {
        return EventStories.articleId("DecisionIssued", decisionId, version);
    }

    public static Article draft(DecisionIssued decision, ArticleSource source, long sourceVersion, Instant now) {
        String title = VietnameseText.nfc(decision.issuer().name() + " khen thưởng " + decision.grants().size()
                + (decision.grants().size() == 1 ? " trường hợp" : " tập thể, cá nhân") + " theo Quyết định số "
                + decision.number());
        String summary = VietnameseText.nfc("Ngày " + VietnameseDates.official(decision.issuedOn()) + ", "
                + decision.signerTitle() + " ký Quyết định số " + decision.number() + " khen thưởng các tập thể, cá nhân "
                + decision.reason() + ".");
        var html = new EventStories.Html().paragraph(summary);
        Map<String, List<String>> byAward = new TreeMap<>();
        for (Grant grant : decision.grants()) {
            byAward.computeIfAbsent(grant.awardTypeName(), k -> new ArrayList<>())
                    .add(grant.displayName() + " – " + grant.unit().name());
        }
        byAward.forEach((award, names) -> html.paragraph(award + ":").list(names));
        html.note("Bản nháp được tạo tự động khi quyết định được ban hành; Ban biên tập bổ sung ảnh và biên tập trước"
                + " khi đăng.");
        var content = new ArticleContent(title, summary, html.toString(), ArticleCategory.DECISIONS,
                List.of(Channels.PORTAL), new ArticleLinks(null, null, List.of(decision.decisionId()), null), List.of());
        return Article.draft(articleId(decision.decisionId(), sourceVersion), decision.provinceCode(), content,
                decision.issuer().code(), source, now, EventStories.SYSTEM);
    }
}
