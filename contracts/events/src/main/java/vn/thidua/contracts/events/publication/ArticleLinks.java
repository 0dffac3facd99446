package vn.thidua.contracts.events.publication;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.EventLists;

/** What an article is about. Each list is null rather than empty, as on the wire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleLinks(
        List<String> campaignIds, List<String> exemplarIds, List<String> decisionIds, List<String> publicNoticeIds) {

    public ArticleLinks {
        campaignIds = EventLists.optional(campaignIds);
        exemplarIds = EventLists.optional(exemplarIds);
        decisionIds = EventLists.optional(decisionIds);
        publicNoticeIds = EventLists.optional(publicNoticeIds);
    }

    /** True when the article links to nothing; {@link ArticlePublished} then sends no links at all. */
    @JsonIgnore
    public boolean isEmpty() {
        return campaignIds == null && exemplarIds == null && decisionIds == null && publicNoticeIds == null;
    }
}
