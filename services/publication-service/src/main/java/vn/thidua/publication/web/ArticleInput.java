package vn.thidua.publication.web;

import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.publication.domain.ArticleContent;
import vn.thidua.publication.domain.Photo;

/**
 * The body of {@code POST /api/articles} and {@code PUT /api/articles/{id}}.
 *
 * @param authorUnitCode only the editorial board may name a unit other than its own; ignored on edits
 */
record ArticleInput(String title, String summary, String body, ArticleCategory category, List<String> channels,
                    ArticleLinks links, List<PhotoInput> photos, String authorUnitCode) {

    record PhotoInput(String id, String caption) {
    }

    ArticleContent content(List<Photo> resolvedPhotos) {
        return new ArticleContent(title, summary, body, category, channels, links, resolvedPhotos);
    }
}
