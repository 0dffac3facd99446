package vn.thidua.publication.application;

import reactor.core.publisher.Mono;

/**
 * Who owns which public slug. A slug names one article for good once it is published, so two articles with the
 * same title get {@code dinh-hoa}, then {@code dinh-hoa-2}.
 */
public interface SlugRegistry {

    /**
     * Claims {@code wanted}, or the first free {@code wanted-N}, for {@code articleId}. Claiming again for the same
     * article returns what it already holds.
     */
    Mono<String> claim(String provinceCode, String wanted, String articleId);
}
