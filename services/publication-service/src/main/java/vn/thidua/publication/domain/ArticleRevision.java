package vn.thidua.publication.domain;

import java.time.Instant;

/**
 * The content an article had before an edit replaced it, so that a corrected published article keeps what readers
 * saw before.
 *
 * @param revision the editorial revision this content was (1 for the first)
 */
public record ArticleRevision(int revision, String title, String summary, String body, Instant replacedAt,
                              String replacedBy) {
}
