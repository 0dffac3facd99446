package vn.thidua.publication.application;

import vn.thidua.contracts.events.publication.ArticleCategory;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.publication.domain.Article;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.web.PageResult;

public interface ArticleRepository {

    Mono<Article> findById(String id);

    /** The published article with this slug in the province, if any. */
    Mono<Article> findPublishedBySlug(String provinceCode, String slug);

    Mono<PageResult<Article>> find(ArticleQuery query);

    /** Every published article of a channel (or of all channels when null), newest first, at most {@code limit}. */
    Flux<Article> findPublished(String channel, ArticleCategory category,
                                int limit);

    /** Scheduled articles whose time has come, oldest first. */
    Flux<Article> findDueForPublication(Instant now, int limit);

    /** A new article at version 1 with its creation events. */
    Mono<Article> insert(Article article, List<? extends PendingEvent<?>> events);

    /**
     * Writes {@code next} (state only: never the outbox) with {@code events}, if the stored article is still at
     * {@code expectedVersion}; 409 otherwise.
     */
    Mono<Article> save(Article next, long expectedVersion, List<? extends PendingEvent<?>> events);

    /**
     * Stores a draft written from {@code event} unless that event (or a newer one of the same source aggregate)
     * has already been applied to it: a re-delivered event drafts nothing twice.
     */
    Mono<IdempotentUpdates.Outcome> insertDraftOnce(Article draft, InboundEvent<? extends DomainEvent> event);

    /**
     * Marks a public notice's posting closed, once per closing event (the version goes up with it); MISSING when
     * the notice was never posted.
     */
    Mono<IdempotentUpdates.Outcome> markNoticeClosed(String articleId, InboundEvent<? extends DomainEvent> event,
                                                     Instant closedAt, String closure, Instant now);

    /** Published articles credited to a unit in a period, optionally of one category. */
    Mono<Long> countPublished(String authorUnitCode, ArticleCategory category,
                              Instant from, Instant toExclusive);
}
