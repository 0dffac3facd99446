package vn.thidua.publication.application;

import java.util.Set;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.web.PageResult;

public interface ArticleRepository {

    Mono<Article> findById(String id);

    /** Articles in one of {@code statuses}, newest first. */
    Mono<PageResult<Article>> find(Set<ArticleStatus> statuses, int page, int size);

    /**
     * Stores a draft written from {@code event} unless that event (or a newer one of the same source aggregate)
     * has already been applied to it: a re-delivered event drafts nothing twice.
     */
    Mono<IdempotentUpdates.Outcome> insertDraftOnce(Article draft, InboundEvent<? extends DomainEvent> event);
}
