package vn.thidua.publication.application;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Visitors;
import vn.thidua.support.problem.NotFoundException;

/**
 * Visitor statistics as portals show them: "Đang truy cập" (distinct visitors in the last few minutes), "Tổng truy
 * cập" (visits to the portal) and views per article. A visitor's repeated views within the repeat window count
 * once, for the portal and for each article; obvious bots count nothing.
 */
@Service
public class VisitService {

    static final String PORTAL_COUNTER = "portal";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final VisitRepository visits;
    private final ArticleRepository articles;
    private final PublicationProperties properties;
    private final Clock clock;
    private final PublicationMetrics metrics;

    public VisitService(VisitRepository visits, ArticleRepository articles, PublicationProperties properties,
                        Clock clock, PublicationMetrics metrics) {
        this.visits = visits;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    public enum Outcome { COUNTED, REPEATED, BOT }

    public record Stats(long onlineNow, long totalVisits, String articleId, Long articleViews) {
    }

    /** A page view from {@code address} with {@code userAgent}, of an article or (articleId null) of the portal. */
    public Mono<Outcome> record(String articleId, String address, String userAgent) {
        if (Visitors.isBot(userAgent)) {
            metrics.visited(Outcome.BOT);
            return Mono.just(Outcome.BOT);
        }
        Instant now = clock.instant();
        Instant notAfter = now.minus(properties.repeatViewWindow());
        Mono<Void> published = articleId == null ? Mono.empty() : articles.findById(articleId)
                .filter(article -> article.status() == ArticleStatus.PUBLISHED)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("bài viết", articleId)))
                .then();
        return published.then(visits.dailySalt(LocalDate.ofInstant(now, VIETNAM)))
                .map(salt -> Visitors.key(salt, address, userAgent))
                .flatMap(visitor -> visits.seen(visitor, now)
                        .then(count(visitor + "/" + PORTAL_COUNTER, PORTAL_COUNTER, now, notAfter))
                        .flatMap(portalCounted -> articleId == null ? Mono.just(portalCounted)
                                : count(visitor + "/" + articleId, "article/" + articleId, now, notAfter)))
                .map(counted -> counted ? Outcome.COUNTED : Outcome.REPEATED)
                .doOnNext(metrics::visited);
    }

    public Mono<Stats> stats(String articleId) {
        Instant since = clock.instant().minus(properties.onlineWindow());
        Mono<Long> views = articleId == null ? Mono.just(-1L) : visits.counter("article/" + articleId);
        return Mono.zip(visits.seenSince(since), visits.counter(PORTAL_COUNTER), views)
                .map(t -> new Stats(t.getT1(), t.getT2(), articleId, articleId == null ? null : t.getT3()));
    }

    /** Marks older than the repeat window and presences older than the online window serve nothing. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetOldMarks() {
        Instant now = clock.instant();
        visits.forget(now.minus(properties.repeatViewWindow()), now.minus(properties.onlineWindow()),
                        LocalDate.ofInstant(now, VIETNAM))
                .block(Duration.ofMinutes(1));
    }

    private Mono<Boolean> count(String markKey, String counter, Instant now, Instant notAfter) {
        return visits.markCounted(markKey, now, notAfter)
                .flatMap(counted -> counted ? visits.increment(counter).thenReturn(true) : Mono.just(false));
    }
}
