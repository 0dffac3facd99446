package vn.thidua.publication.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleRevision;
import vn.thidua.publication.domain.ArticleSource;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Photo;
import vn.thidua.publication.domain.PublicNotice;
import vn.thidua.publication.domain.Sections;
import vn.thidua.publication.domain.WorkflowStep;

/**
 * An article as the API shows it. Readers of the portal get the article; the editorial side (whoever may see the
 * article unpublished) also gets its workflow history, earlier revisions and the reasons given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        String id,
        String title,
        String slug,
        String url,
        String summary,
        String body,
        ArticleCategory category,
        String categoryLabel,
        ArticleStatus status,
        String statusLabel,
        String authorUnitCode,
        List<String> channels,
        ArticleLinks links,
        List<PhotoView> photos,
        PublicNotice notice,
        int revision,
        Instant scheduledAt,
        Instant publishedAt,
        Instant lastPublishedAt,
        ArticleSource source,
        String rejectionReason,
        String withdrawalReason,
        List<ArticleRevision> revisions,
        List<WorkflowStep> steps,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record PhotoView(String id, String url, String caption, String contentType, long size) {
        static PhotoView of(Photo photo) {
            return new PhotoView(photo.id(), "/api/articles/photos/" + photo.id(), photo.caption(),
                    photo.contentType(), photo.size());
        }
    }

    static ArticleView of(Article a, boolean editorial) {
        return new ArticleView(a.id(), a.title(), a.slug(), a.url(), a.summary(), a.body(), a.category(),
                Sections.label(a.category()), a.status(), a.status().label(), a.authorUnitCode(), a.channels(),
                a.links(), a.photos().stream().map(PhotoView::of).toList(), a.notice(), a.revision(),
                editorial ? a.scheduledAt() : null, a.publishedAt(), a.lastPublishedAt(),
                editorial ? a.source() : null, editorial ? a.rejectionReason() : null,
                editorial ? a.withdrawalReason() : null, editorial ? a.revisions() : null,
                editorial ? a.steps() : null, a.createdAt(), a.updatedAt(), a.version());
    }
}
