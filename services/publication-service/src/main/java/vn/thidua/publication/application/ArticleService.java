package vn.thidua.publication.application;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.web.PageResult;

/** Reading articles: the public sees what is published, the editorial board sees everything. */
@Service
public class ArticleService {

    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /**
     * Articles in the requested statuses, newest first. Anything but published articles is the editorial board's:
     * asking for it anonymously answers 401, with a token of another role 403 (Spring Security's translation of
     * {@link AccessDeniedException}), so a client knows whether logging in would help.
     */
    public Mono<PageResult<Article>> list(Set<ArticleStatus> requested, int page, int size, CurrentUser viewer) {
        PageResult.requireValid(page, size);
        boolean editor = isEditor(viewer);
        Set<ArticleStatus> statuses;
        if (requested.isEmpty()) {
            statuses = editor ? EnumSet.allOf(ArticleStatus.class) : EnumSet.of(ArticleStatus.PUBLISHED);
        } else if (!editor && !requested.equals(EnumSet.of(ArticleStatus.PUBLISHED))) {
            return Mono.error(new AccessDeniedException("Only the editorial board reads unpublished articles"));
        } else {
            statuses = EnumSet.copyOf(requested);
        }
        return articles.find(statuses, page, size);
    }

    /** An unpublished article does not exist for those who may not see it. */
    public Mono<Article> get(String id, CurrentUser viewer) {
        return articles.findById(id)
                .filter(article -> article.status() == ArticleStatus.PUBLISHED || isEditor(viewer))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Không tìm thấy bài viết có mã \"" + id + "\".")));
    }

    static boolean isEditor(CurrentUser viewer) {
        return viewer != null && viewer.has(Role.EDITOR, Role.ADMIN);
    }

}
