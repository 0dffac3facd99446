package vn.thidua.publication.domain;

import java.time.Instant;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseDates;
import vn.thidua.support.text.VietnameseText;

/**
 * Drafts the news item about a launched campaign from the facts the launch carries: who launched what, on which
 * legal basis, for how long, with which goals and criteria, and the deadlines units must keep. The editorial board
 * reviews and rewrites it before anything is published; the draft saves them the copying.
 */
public final class CampaignLaunchStory {

    private CampaignLaunchStory() {
    }

    /** The same launch always drafts the same article id, which is what makes a re-delivered event harmless. */
    public static String articleId(String campaignId) {
        return UUID.nameUUIDFromBytes(("CampaignLaunched/" + campaignId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Article draft(CampaignLaunched launch, ArticleSource source, Instant now) {
        String title = launch.launchingUnit().name() + " phát động phong trào thi đua " + quoted(launch.title());
        String summary = "Thực hiện " + launch.legalBasis().citation() + ", " + launch.launchingUnit().name()
                + " phát động phong trào thi đua " + (launch.kind() == CampaignKind.THEMATIC ? "theo chuyên đề " : "")
                + quoted(launch.title()) + ", thực hiện từ ngày " + VietnameseDates.official(launch.period().from()) + " đến ngày "
                + VietnameseDates.official(launch.period().to()) + ".";
        String cleanTitle = VietnameseText.nfc(title);
        var content = new ArticleContent(cleanTitle, VietnameseText.nfc(summary),
                VietnameseText.nfc(body(launch, summary)), ArticleCategory.CAMPAIGNS, List.of(Channels.PORTAL),
                new ArticleLinks(List.of(launch.campaignId()), null, null, null), List.of());
        return Article.draft(articleId(launch.campaignId()), launch.provinceCode(), content,
                launch.launchingUnit().code(), source, now, EventStories.SYSTEM);
    }

    private static String body(CampaignLaunched launch, String summary) {
        var html = new StringBuilder();
        paragraph(html, summary);
        if (!launch.goals().isEmpty()) {
            paragraph(html, "Phong trào đặt ra các mục tiêu:");
            list(html, launch.goals());
        }
        if (!launch.criteria().isEmpty()) {
            paragraph(html, "Kết quả của các đơn vị được chấm theo các tiêu chí:");
            list(html, launch.criteria().stream().map(CampaignLaunchStory::criterion).toList());
        }
        if (launch.registrationDeadline() != null) {
            paragraph(html, "Các đơn vị đăng ký thi đua trước ngày " + VietnameseDates.official(launch.registrationDeadline()) + ".");
        }
        String reviews = launch.milestones().midTermReviewDue() == null
                ? "Tổng kết phong trào trước ngày " + VietnameseDates.official(launch.milestones().finalReviewDue()) + "."
                : "Sơ kết trước ngày " + VietnameseDates.official(launch.milestones().midTermReviewDue()) + " và tổng kết trước ngày "
                        + VietnameseDates.official(launch.milestones().finalReviewDue()) + ".";
        paragraph(html, reviews);
        paragraph(html, "Phong trào do " + launch.signerTitle() + " ký phát động.");
        html.append("<p><em>")
                .append(ArticleHtml.escape("Bản nháp được tạo tự động khi phong trào được phát động; Ban biên tập rà soát,"
                        + " bổ sung ảnh và biên tập trước khi đăng."))
                .append("</em></p>");
        return html.toString();
    }

    private static String criterion(Criterion c) {
        return c.name() + " (tối đa " + c.maxScore().stripTrailingZeros().toPlainString() + " điểm)";
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(ArticleHtml.escape(text)).append("</p>");
    }

    private static void list(StringBuilder html, List<String> items) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(ArticleHtml.escape(item)).append("</li>"));
        html.append("</ul>");
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }
}
