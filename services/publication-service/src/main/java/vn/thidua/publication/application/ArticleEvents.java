package vn.thidua.publication.application;

import java.time.Instant;
import java.util.List;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.publication.domain.Article;
import vn.thidua.support.outbox.PendingEvent;

/** The events an article step writes to the outbox besides {@code ArticlePublished}. */
final class ArticleEvents {

    private ArticleEvents() {
    }

    /** {@code ArticleWithdrawn} for a published article that leaves the public, at the version the step writes. */
    static List<PendingEvent<?>> withdrawn(Article article, String reason, Instant at) {
        return List.of(PendingEvent.of(EventCatalog.ARTICLE_WITHDRAWN_V1, new ArticleWithdrawn(article.id(),
                article.version() + 1, article.provinceCode(), article.slug(), article.channels(),
                article.authorUnitCode(), article.links(), reason, at)));
    }
}
