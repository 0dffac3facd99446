package vn.thidua.publication.application;

import java.time.Instant;
import java.util.List;
import vn.thidua.publication.domain.Article;
import vn.thidua.support.outbox.PendingEvent;

/** The events an article step writes to the outbox besides {@code ArticlePublished}. */
final class ArticleEvents {

    private ArticleEvents() {
    }

    /**
     * {@code ArticleWithdrawn} for an article that leaves the public: its contract arrives from main with the
     * shared contracts; until then a withdrawal writes no event.
     */
    static List<PendingEvent<?>> withdrawn(Article article, String reason, Instant at) {
        return List.of();
    }
}
