package vn.thidua.contracts.events.publication;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.publication.ArticlePublished.v1}: an approved article is now public on its channels.
 * The schema {@code contracts/schemas/publication-service/ArticlePublished.v1.json} is the source of truth.
 *
 * @param summary        null when the article has no lead paragraph
 * @param links          null when the article links to nothing
 * @param publicNoticeId set only when this article is the portal posting of that notice: the legal objection
 *                       window starts at {@code publishedAt}, when the notice is really public
 * @param url            path on the public portal, starting with {@code /}
 * @param revision       null on a first publication without corrections
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticlePublished(
        String articleId,
        long aggregateVersion,
        String provinceCode,
        String slug,
        String title,
        String summary,
        ArticleCategory category,
        List<String> channels,
        String authorUnitCode,
        ArticleLinks links,
        String publicNoticeId,
        String url,
        Instant publishedAt,
        Integer revision) implements DomainEvent {

    public ArticlePublished {
        channels = EventLists.required(channels);
        if (links != null && links.isEmpty()) {
            links = null;
        }
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return articleId;
    }
}
