package vn.thidua.publication.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleSource;
import vn.thidua.publication.domain.ArticleStatus;

/** An article as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        String id,
        String title,
        String slug,
        String summary,
        String body,
        ArticleCategory category,
        ArticleStatus status,
        String statusLabel,
        String authorUnitCode,
        List<String> channels,
        ArticleLinks links,
        ArticleSource source,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static ArticleView of(Article a) {
        return new ArticleView(a.id(), a.title(), a.slug(), a.summary(), a.body(), a.category(), a.status(),
                a.status().label(), a.authorUnitCode(), a.channels(), a.links(), a.source(), a.createdAt(),
                a.updatedAt(), a.version());
    }
}
