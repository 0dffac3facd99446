package vn.thidua.publication.domain;

import vn.thidua.support.text.VietnameseDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.contracts.events.nomination.NoticeNominee;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseText;

/**
 * The portal posting of a public notice: the law requires the list of nominees to be public, so this article is
 * published the moment the notice arrives, without an editorial review; its {@code ArticlePublished} starts the
 * comment window in nomination-service.
 */
public final class PublicNoticeStory {

    private PublicNoticeStory() {
    }

    /** One article per notice, whatever the notice's later versions say. */
    public static String articleId(String publicNoticeId) {
        return EventStories.articleId("PublicNoticeOpened", publicNoticeId, 0);
    }

    /**
     * @param closesOn the window's last day by the working-day calendar, or null when it cannot be computed
     */
    public static Article posting(PublicNoticeOpened notice, ArticleSource source, LocalDate closesOn, Instant now) {
        String title = VietnameseText.nfc(notice.title());
        String summary = VietnameseText.nfc(notice.authority().name() + " công khai danh sách "
                + notice.nominees().size() + " trường hợp được đề nghị khen thưởng để lấy ý kiến nhân dân trong "
                + notice.workingDays() + " ngày làm việc kể từ ngày đăng tải.");
        var html = new EventStories.Html().paragraph(summary);
        if (notice.legalBasis() != null) {
            html.paragraph("Căn cứ " + notice.legalBasis() + ".");
        }
        html.paragraph("Danh sách đề nghị:");
        html.list(notice.nominees().stream().map(PublicNoticeStory::line).toList());
        html.paragraph("Cách góp ý: " + notice.howToObject());
        if (closesOn != null) {
            html.paragraph("Thời hạn nhận ý kiến: hết ngày " + VietnameseDates.official(closesOn)
                    + ".");
        }
        var content = new ArticleContent(title, summary, VietnameseText.nfc(html.toString()),
                ArticleCategory.PUBLIC_NOTICES, List.of(Channels.PORTAL),
                new ArticleLinks(null, null, null, List.of(notice.publicNoticeId())), List.of());
        Article draft = Article.draft(articleId(notice.publicNoticeId()), notice.provinceCode(), content,
                notice.authority().code(), source, now, EventStories.SYSTEM);
        return draft.asPublicNotice(new PublicNotice(notice.publicNoticeId(), notice.workingDays(), closesOn,
                notice.objectionPath(), null, null));
    }

    private static String line(NoticeNominee nominee) {
        String line = nominee.displayName() + " (" + nominee.unit().name() + ") – đề nghị " + nominee.awardTypeName();
        return nominee.achievement() == null ? line : line + ": " + nominee.achievement();
    }
}
