package vn.thidua.publication.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What the drafts written from other services' events share: a deterministic article id per source event (so a
 * re-delivered event finds the article it already drafted) and a small HTML writer that treats every fact as text.
 */
public final class EventStories {

    /** The author recorded for drafts the system wrote. */
    public static final String SYSTEM = "he-thong";

    private EventStories() {
    }

    /** The same source event always names the same article: {@code kind} is the event's name. */
    public static String articleId(String kind, String sourceAggregateId, long sourceVersion) {
        return UUID.nameUUIDFromBytes((kind + "/" + sourceAggregateId + "/" + sourceVersion)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Builds escaped HTML paragraph by paragraph. */
    public static final class Html {
        private final StringBuilder html = new StringBuilder();

        public Html paragraph(String text) {
            html.append("<p>").append(ArticleHtml.escape(text)).append("</p>");
            return this;
        }

        public Html list(List<String> items) {
            if (!items.isEmpty()) {
                html.append("<ul>");
                items.forEach(item -> html.append("<li>").append(ArticleHtml.escape(item)).append("</li>"));
                html.append("</ul>");
            }
            return this;
        }

        public Html note(String text) {
            html.append("<p><em>").append(ArticleHtml.escape(text)).append("</em></p>");
            return this;
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
