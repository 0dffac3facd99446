package vn.thidua.publication.domain;

import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;

/**
 * An article of the portal or a commune page, with where it is in the editorial workflow.
 *
 * @param body    sanitised HTML
 * @param source  the event it was drafted from; null for an article an editor wrote
 * @param version the aggregate version
 */
public record Article(
        String id,
        String provinceCode,
        String title,
        String slug,
        String summary,
        String body,
        ArticleCategory category,
        ArticleStatus status,
        String authorUnitCode,
        List<String> channels,
        ArticleLinks links,
        ArticleSource source,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        long version) {

    /** The portal of the province; commune pages are {@code commune:<unit code>}. */
    public static final String PORTAL = "portal";

    public Article {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
