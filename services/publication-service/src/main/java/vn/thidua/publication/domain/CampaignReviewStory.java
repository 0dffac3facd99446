package vn.thidua.publication.domain;

import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.campaign.ClusterRanking;
import vn.thidua.contracts.events.campaign.RankedUnit;
import vn.thidua.contracts.events.campaign.ReviewStage;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseDates;
import vn.thidua.support.text.VietnameseText;

/** The draft news article about a campaign's mid-term or final review: who leads each cluster, the top three. */
public final class CampaignReviewStory {

    private static final int TOP = 3;

    private CampaignReviewStory() {
    }

    public static String articleId(String campaignId, long version) {
        return EventStories.articleId("CampaignReviewed", campaignId, version);
    }

    public static Article draft(CampaignReviewed review, String authorUnitCode, ArticleSource source,
                                long sourceVersion, Instant now) {
        String stage = review.stage() == ReviewStage.FINAL ? "Tổng kết" : "Sơ kết";
        String title = VietnameseText.nfc(stage + " phong trào thi đua “" + review.campaignTitle() + "”");
        String summary = VietnameseText.nfc("Ngày " + VietnameseDates.official(review.reviewedOn()) + ", "
                + stage.toLowerCase() + " phong trào thi đua “" + review.campaignTitle() + "”"
                + (review.summary() == null ? "." : ": " + review.summary()));
        var html = new EventStories.Html().paragraph(summary);
        for (ClusterRanking ranking : review.rankings()) {
            String heading = ranking.clusterName() == null ? "Các đơn vị ngoài cụm" : ranking.clusterName();
            if (ranking.leadingUnit() != null) {
                heading += " – đơn vị dẫn đầu: " + ranking.leadingUnit().name();
            }
            html.paragraph(heading).list(ranking.entries().stream().limit(TOP).map(CampaignReviewStory::line).toList());
        }
        html.note("Bản nháp được tạo tự động từ kết quả " + stage.toLowerCase() + "; Ban biên tập biên tập trước khi đăng.");
        var content = new ArticleContent(title, summary, VietnameseText.nfc(html.toString()), ArticleCategory.CAMPAIGNS,
                List.of(Channels.PORTAL), new ArticleLinks(List.of(review.campaignId()), null, null, null), List.of());
        return Article.draft(articleId(review.campaignId(), sourceVersion), review.provinceCode(), content,
                authorUnitCode, source, now, EventStories.SYSTEM);
    }

    private static String line(RankedUnit entry) {
        return "Hạng " + entry.rank() + ": " + entry.unit().name() + " ("
                + entry.totalScore().stripTrailingZeros().toPlainString() + " điểm)";
    }
}
