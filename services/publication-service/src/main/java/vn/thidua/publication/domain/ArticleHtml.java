package vn.thidua.publication.domain;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one door rich text passes to be stored: OWASP's sanitiser with a policy for news articles (paragraphs,
 * headings, lists, tables, quotes, emphasis, links and images). Scripts, event handlers, styles, frames and
 * {@code javascript:} URLs are dropped, so nothing a writer pastes runs in a reader's browser.
 */
public final class ArticleHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br")
                    .toFactory());

    private ArticleHtml() {
    }

    /** Safe HTML; {@code null} gives "". */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Plain text written as HTML text content, for drafts assembled from other services' facts. */
    public static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
