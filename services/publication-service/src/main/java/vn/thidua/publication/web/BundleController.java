package vn.thidua.publication.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.application.PublicReading;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleHtml;
import vn.thidua.publication.domain.Photo;
import vn.thidua.publication.domain.Sections;
import vn.thidua.support.text.VietnameseDates;

/**
 * {@code GET /api/channels/{code}/bundle}: a channel's published articles as one self-contained HTML document to
 * download, which is how conference material ({@code hoi-nghi}) reaches a review conference's printed pack.
 */
@RestController
class BundleController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PublicReading reading;
    private final Clock clock;

    BundleController(PublicReading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    @GetMapping("/api/channels/{code}/bundle")
    Mono<ResponseEntity<String>> bundle(@PathVariable String code,
                                        @RequestParam(required = false) ArticleCategory category) {
        String base = reading.properties().portalBaseUrl();
        return reading.bundle(code, category).map(found -> {
            var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                    .append(ArticleHtml.escape(found.channel().name())).append("</title></head><body>\n<h1>")
                    .append(ArticleHtml.escape(found.channel().name())).append("</h1>\n");
            for (Article article : found.articles()) {
                html.append("<article><h2>").append(ArticleHtml.escape(article.title())).append("</h2><p><em>")
                        .append(ArticleHtml.escape(Sections.label(article.category()) + " · "
                                + VietnameseDates.official(LocalDate.ofInstant(article.publishedAt(), VIETNAM))))
                        .append("</em></p>");
                if (article.summary() != null) {
                    html.append("<p><strong>").append(ArticleHtml.escape(article.summary())).append("</strong></p>");
                }
                // The body was sanitised when it was stored.
                html.append(article.body());
                for (Photo photo : article.photos()) {
                    html.append("<figure><img src=\"").append(base).append("/api/articles/photos/")
                            .append(ArticleHtml.escape(photo.id())).append("\" alt=\"")
                            .append(ArticleHtml.escape(photo.caption())).append("\"><figcaption>")
                            .append(ArticleHtml.escape(photo.caption())).append("</figcaption></figure>");
                }
                html.append("<p>Nguồn: <a href=\"").append(base).append(ArticleHtml.escape(article.url())).append("\">")
                        .append(base).append(ArticleHtml.escape(article.url())).append("</a></p></article>\n");
            }
            html.append("</body></html>\n");
            String filename = found.channel().code() + "-" + LocalDate.ofInstant(clock.instant(), VIETNAM) + ".html";
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                            .toString())
                    .body(html.toString());
        });
    }
}
