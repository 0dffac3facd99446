package vn.thidua.publication.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleContent;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Channel;
import vn.thidua.publication.domain.Channels;
import vn.thidua.publication.domain.IllegalStepException;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/**
 * The editorial workflow and reading articles: the public sees what is published, the editorial board sees
 * everything, a unit officer also sees its own unit's work.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ChannelRepository channels;
    private final SlugRegistry slugs;
    private final PublicationProperties properties;
    private final Clock clock;
    private final PublicationMetrics metrics;

    public ArticleService(ArticleRepository articles, ChannelRepository channels, SlugRegistry slugs,
                          PublicationProperties properties, Clock clock, PublicationMetrics metrics) {
        this.articles = articles;
        this.channels = channels;
        this.slugs = slugs;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Articles in the requested statuses, newest first. Anything but published articles is for the editorial
     * board and, for their own unit's articles, for unit officers: asking for it anonymously answers 401, with a
     * token of another role 403 (Spring Security's translation of {@link AccessDeniedException}).
     */
    public Mono<PageResult<Article>> list(ArticleQuery query, CurrentUser viewer) {
        PageResult.requireValid(query.page(), query.size());
        boolean board = EditorialAccess.isBoard(viewer);
        boolean officer = EditorialAccess.isOfficer(viewer);
        Set<ArticleStatus> requested = query.statuses();
        if (requested.isEmpty()) {
            return articles.find(query.withStatuses(board ? EnumSet.allOf(ArticleStatus.class)
                    : EnumSet.of(ArticleStatus.PUBLISHED)));
        }
        if (requested.equals(EnumSet.of(ArticleStatus.PUBLISHED)) || board) {
            return articles.find(query);
        }
        if (officer) {
            return articles.find(query.byAuthor(viewer.unitCode()));
        }
        return Mono.error(new AccessDeniedException("Chỉ Ban biên tập xem được bài chưa đăng"));
    }

    /** An unpublished article does not exist for those who may not see it. */
    public Mono<Article> get(String id, CurrentUser viewer) {
        return articles.findById(id)
                .filter(article -> EditorialAccess.sees(viewer, article))
                .switchIfEmpty(Mono.error(() -> EditorialAccess.notVisible(id)));
    }

    /** Whether the viewer sees the editorial side of an article: its history and the reasons given. */
    public static boolean editorialView(CurrentUser viewer, Article article) {
        return EditorialAccess.isBoard(viewer)
                || (EditorialAccess.isOfficer(viewer) && viewer.unitCode().equals(article.authorUnitCode()));
    }

    public Mono<Article> getPublishedBySlug(String slug) {
        return articles.findPublishedBySlug(properties.provinceCode(), slug)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Không tìm thấy bài viết \"" + slug + "\".")));
    }

    /**
     * A new draft of the writer's unit (the board may write on behalf of another unit). Its channels must exist,
     * except an officer's own page, which is opened on first use.
     */
    public Mono<Article> create(ArticleContent input, String authorUnitCode, CurrentUser user) {
        return Mono.defer(() -> {
            EditorialAccess.requireWriterRole(user);
            ArticleContent content = input.normalised();
            EditorialAccess.requireChannels(user, content.channels());
            String author = EditorialAccess.isBoard(user) && authorUnitCode != null && !authorUnitCode.isBlank()
                    ? authorUnitCode.strip() : user.unitCode();
            if (author == null) {
                throw new InvalidInputException(List.of(new FieldProblem("authorUnitCode", "Không được để trống.")));
            }
            Instant now = clock.instant();
            Article draft = Article.draft(UUID.randomUUID().toString(), properties.provinceCode(), content, author,
                    null, now, user.id());
            return requireKnownChannels(content, user).then(articles.insert(draft, List.of()));
        });
    }

    public Mono<Article> edit(String id, ArticleContent input, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireWriter(user, article);
            if (article.status() == ArticleStatus.PUBLISHED) {
                EditorialAccess.requireBoard(user, "sửa bài đã đăng");
            }
            ArticleContent content = input.normalised();
            EditorialAccess.requireChannels(user, content.channels());
            Article next = article.edit(content, clock.instant(), user.id());
            List<PendingEvent<?>> events = next.status() == ArticleStatus.PUBLISHED
                    ? List.of(PendingEvent.of(EventCatalog.ARTICLE_PUBLISHED_V1,
                            next.publishedEvent(article.version() + 1)))
                    : List.of();
            return requireKnownChannels(content, user).then(articles.save(next, article.version(), events));
        });
    }

    public Mono<Article> submit(String id, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireWriter(user, article);
            return articles.save(article.submit(clock.instant(), user.id()), article.version(), List.of());
        });
    }

    public Mono<Article> approve(String id, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireBoard(user, "duyệt bài");
            return articles.save(article.approve(clock.instant(), user.id()), article.version(), List.of());
        });
    }

    public Mono<Article> reject(String id, String reason, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireBoard(user, "trả lại bài");
            String why = requiredText(reason, "reason", "Nêu lý do trả lại để tác giả biết cần sửa gì.");
            return articles.save(article.reject(why, clock.instant(), user.id()), article.version(), List.of());
        });
    }

    public Mono<Article> schedule(String id, Instant at, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requirePublisher(user, article);
            Instant now = clock.instant();
            if (at == null || !at.isAfter(now)) {
                throw new InvalidInputException(List.of(new FieldProblem("scheduledAt",
                        "Thời điểm hẹn đăng phải ở tương lai.")));
            }
            return articles.save(article.schedule(at, now, user.id()), article.version(), List.of());
        });
    }

    public Mono<Article> publish(String id, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requirePublisher(user, article);
            return publishNow(article, user.id());
        });
    }

    /** What the poller does when an article's time has come; a concurrent change of the article wins. */
    public Mono<Article> publishScheduled(Article article) {
        if (article.status() != ArticleStatus.SCHEDULED) {
            return Mono.empty();
        }
        return publishNow(article, "he-thong");
    }

    public Mono<Article> withdraw(String id, String reason, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireBoard(user, "gỡ bài");
            String why = requiredText(reason, "reason", "Nêu lý do gỡ bài.");
            return articles.save(article.withdraw(why, clock.instant(), user.id()), article.version(),
                    ArticleEvents.withdrawn(article, why, clock.instant()));
        });
    }

    public Mono<Article> archive(String id, OptionalLong ifMatch, CurrentUser user) {
        return change(id, ifMatch, user, article -> {
            EditorialAccess.requireBoard(user, "lưu trữ bài");
            Article next = article.archive(clock.instant(), user.id());
            return articles.save(next, article.version(), article.isPublic()
                    ? ArticleEvents.withdrawn(article, "Bài viết được chuyển vào lưu trữ.", clock.instant())
                    : List.of());
        });
    }

    private Mono<Article> publishNow(Article article, String by) {
        Mono<String> slug = ArticleStatus.EVER_PUBLISHED.contains(article.status()) || article.publishedAt() != null
                ? Mono.just(article.slug())
                : slugs.claim(article.provinceCode(), article.slug(), article.id());
        return slug.flatMap(claimed -> {
            Article next = article.publish(claimed, clock.instant(), by);
            return articles.save(next, article.version(), List.of(PendingEvent.of(EventCatalog.ARTICLE_PUBLISHED_V1,
                    next.publishedEvent(article.version() + 1))));
        }).doOnNext(metrics::published);
    }

    private Mono<Article> change(String id, OptionalLong ifMatch, CurrentUser user,
                                 Function<Article, Mono<Article>> step) {
        return get(id, user).flatMap(article -> {
            if (ifMatch.isPresent() && ifMatch.getAsLong() != article.version()) {
                return Mono.error(new PreconditionFailedException(id, article.version()));
            }
            return Mono.defer(() -> step.apply(article));
        }).onErrorMap(IllegalStepException.class, e -> new IllegalTransitionException(e.getMessage(),
                e.current().name(), e.action().name()));
    }

    private Mono<Void> requireKnownChannels(ArticleContent content, CurrentUser user) {
        Mono<Void> ownPage = EditorialAccess.isOfficer(user)
                && content.channels().contains(Channels.pageOf(user.unitCode()))
                ? channels.ensure(Channel.communePage(user.unitCode(), user.unitCode()))
                : Mono.empty();
        return ownPage.then(channels.unknown(content.channels()).collectList().flatMap(unknown -> unknown.isEmpty()
                ? Mono.<Void>empty()
                : Mono.error(new InvalidInputException(unknown.stream()
                        .map(code -> new FieldProblem("channels[" + content.channels().indexOf(code) + "]",
                                "Không có kênh đăng \"" + code + "\"."))
                        .toList()))));
    }

    private static String requiredText(String value, String field, String message) {
        String clean = value == null ? "" : VietnameseText.nfc(value).strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, message)));
        }
        if (clean.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "Dài quá 2000 ký tự.")));
        }
        return clean;
    }
}
