package vn.thidua.publication.application;

import reactor.core.publisher.Mono;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.support.problem.ConcurrentChangeException;

/**
 * Publishes scheduled articles whose time has come. It polls the {@code status, scheduledAt} index rather than
 * setting a timer per article, so a restart (or a second instance) loses nothing: whatever was due while the
 * service was down is published on the first pass. Two instances racing for one article both try the same
 * conditional update; one wins, the other gets a concurrent change and moves on.
 */
@Component
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final ArticleService service;
    private final Clock clock;

    ScheduledPublisher(ArticleRepository articles, ArticleService service, Clock clock) {
        this.articles = articles;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${thidua.publication.scheduler-poll:10s}",
            fixedDelayString = "${thidua.publication.scheduler-poll:10s}")
    void publishDue() {
        Long published = articles.findDueForPublication(clock.instant(), BATCH)
                .concatMap(article -> service.publishScheduled(article)
                        .doOnNext(done -> log.info("Published scheduled article {} ({})", done.id(), done.slug()))
                        .onErrorResume(ConcurrentChangeException.class, raced -> Mono.empty())
                        .onErrorResume(e -> {
                            log.warn("Could not publish scheduled article {}; the next pass retries", article.id(), e);
                            return Mono.empty();
                        }))
                .count()
                .block(Duration.ofMinutes(1));
        if (published != null && published > 0) {
            log.debug("{} scheduled articles published", published);
        }
    }
}
