package vn.thidua.publication.domain;

import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseText;

/** The draft story for the exemplars column about a newly recognised exemplar. */
public final class ExemplarStory {

    private ExemplarStory() {
    }

    public static String articleId(String exemplarId, long version) {
        return EventStories.articleId("ExemplarRecognised", exemplarId, version);
    }

    public static Article draft(ExemplarRecognised exemplar, ArticleSource source, long sourceVersion, Instant now) {
        String title = VietnameseText.nfc(exemplar.title());
        String summary = VietnameseText.nfc(exemplar.storySummary());
        var html = new EventStories.Html()
                .paragraph(exemplar.subject().displayName() + " (" + exemplar.subject().unit().name() + ")")
                .paragraph(exemplar.storySummary());
        if (exemplar.basis() != null && exemplar.basis().reference() != null) {
            html.paragraph("Được công nhận điển hình tiên tiến theo " + exemplar.basis().reference() + ".");
        }
        html.note("Bản nháp được tạo tự động khi điển hình được công nhận; Ban biên tập đi thực tế, bổ sung ảnh và"
                + " viết tiếp câu chuyện trước khi đăng.");
        var content = new ArticleContent(title, summary, VietnameseText.nfc(html.toString()), ArticleCategory.EXEMPLARS,
                List.of(Channels.PORTAL), new ArticleLinks(exemplar.campaignIds(), List.of(exemplar.exemplarId()),
                        exemplar.decisionIds(), null), List.of());
        return Article.draft(articleId(exemplar.exemplarId(), sourceVersion), exemplar.provinceCode(), content,
                exemplar.subject().unit().code(), source, now, EventStories.SYSTEM);
    }
}
