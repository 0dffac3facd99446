package vn.thidua.exemplar.domain;

import java.time.Instant;

/** A published article about an exemplar, as publication-service announced it. */
public record ArticleLink(String articleId, String title, String url, Instant publishedAt) {
}
