package vn.thidua.publication.application;

import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;

public interface ArticleRepository {

    Mono<Article> findById(String id);

    /** Newest first. */
    Flux<Article> find(Set<ArticleStatus> statuses, int page, int size);

    Mono<Long> count(Set<ArticleStatus> statuses);

    /**
     * Stores a draft written from {@code event} unless that event (or a newer one of the same source aggregate)
     * has already been applied to it: a re-delivered event drafts nothing twice.
     */
    Mono<IdempotentUpdates.Outcome> insertDraftOnce(Article draft, InboundEvent<? extends DomainEvent> event);
}
