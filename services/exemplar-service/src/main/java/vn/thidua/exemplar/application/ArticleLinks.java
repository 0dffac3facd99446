package vn.thidua.exemplar.application;

import java.util.List;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.exemplar.domain.ArticleLink;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;

/**
 * Articles about exemplars, one entry per article and exemplar, kept apart from the exemplar so that an article
 * about an exemplar this service has not stored yet (a replay, a restore) is linked all the same, and so that a
 * publication or withdrawal applies once and never after a newer one of the same article.
 */
public interface ArticleLinks {

    Mono<Outcome> published(String exemplarId, ArticlePublished article, InboundEvent<ArticlePublished> event);

    Mono<Outcome> withdrawn(String exemplarId, ArticleWithdrawn article, InboundEvent<ArticleWithdrawn> event);

    /** The articles about the exemplar that are public now, newest first. */
    Mono<List<ArticleLink>> publishedAbout(String exemplarId);
}
