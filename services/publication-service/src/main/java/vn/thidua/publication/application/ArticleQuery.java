package vn.thidua.publication.application;

import java.util.Set;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.domain.ArticleStatus;

/**
 * A list of articles: in one of {@code statuses}, optionally on one channel, in one category, by one author unit,
 * and whose folded title or summary contains {@code text}. Null filters filter nothing.
 */
public record ArticleQuery(Set<ArticleStatus> statuses, String channel, ArticleCategory category,
                           String authorUnitCode, String text, int page, int size) {

    public ArticleQuery {
        statuses = Set.copyOf(statuses);
    }

    public ArticleQuery withStatuses(Set<ArticleStatus> narrowed) {
        return new ArticleQuery(narrowed, channel, category, authorUnitCode, text, page, size);
    }

    public ArticleQuery byAuthor(String unitCode) {
        return new ArticleQuery(statuses, channel, category, unitCode, text, page, size);
    }

    /** Only published articles: these are ordered by publication, everything else by creation. */
    public boolean publishedOnly() {
        return statuses.equals(Set.of(ArticleStatus.PUBLISHED));
    }
}
