package vn.thidua.publication.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.ArticleService;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/** {@code /api/articles}: reading articles (the editorial workflow grows here). */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    /** {@code ?status=DRAFT}: newest first; without a status the public gets the published ones. */
    @GetMapping
    Mono<PageResult<ArticleView>> list(@RequestParam(name = "status", required = false) List<ArticleStatus> status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        Set<ArticleStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> articles.list(statuses, page, size, viewer.orElse(null)))
                .map(found -> found.map(ArticleView::of));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<ArticleView>> get(@PathVariable String id) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> articles.get(id, viewer.orElse(null)))
                .map(article -> ResponseEntity.ok().eTag(Etags.format(article.version())).body(ArticleView.of(article)));
    }
}
