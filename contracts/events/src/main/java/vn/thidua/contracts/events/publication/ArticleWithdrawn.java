package vn.thidua.contracts.events.publication;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.publication.ArticleWithdrawn.v1}: a published article was taken off its channels. Consumers
 * drop links to it and stop counting it as publicity. The schema
 * {@code contracts/schemas/publication-service/ArticleWithdrawn.v1.json} is the source of truth.
 *
 * @param links  null when the article linked to nothing
 * @param reason null when the editor gave no public reason
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleWithdrawn(
        String articleId,
        long aggregateVersion,
        String provinceCode,
        String slug,
        List<String> channels,
        String authorUnitCode,
        ArticleLinks links,
        String reason,
        Instant withdrawnAt) implements DomainEvent {

    public ArticleWithdrawn {
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
