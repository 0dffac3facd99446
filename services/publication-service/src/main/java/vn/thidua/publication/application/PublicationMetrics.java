package vn.thidua.publication.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.Channel.ChannelKind;
import vn.thidua.publication.domain.Channels;

/**
 * {@code thidua_articles_published_total{channel_kind}} (one per channel an article goes out on, each time it is
 * published) and {@code thidua_visits_total{outcome}} (counted, repeated, bot). Every tag value exists from start-up
 * at 0, so that rates and alerts have a series before the first publication or visit.
 */
@Component
public class PublicationMetrics {

    static final String ARTICLES_PUBLISHED = "thidua.articles.published";
    static final String VISITS = "thidua.visits";

    private final MeterRegistry registry;

    public PublicationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ChannelKind kind : ChannelKind.values()) {
            published(kind);
        }
        for (VisitService.Outcome outcome : VisitService.Outcome.values()) {
            visits(outcome);
        }
    }

    void published(Article article) {
        article.channels().forEach(code -> published(Channels.kindOf(code)).increment());
    }

    void visited(VisitService.Outcome outcome) {
        visits(outcome).increment();
    }

    private Counter published(ChannelKind kind) {
        return Counter.builder(ARTICLES_PUBLISHED).description("Articles published, per channel kind they went out on")
                .tag("channel_kind", kind.name()).register(registry);
    }

    private Counter visits(VisitService.Outcome outcome) {
        return Counter.builder(VISITS).description("Page views recorded, by what the visit counted")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
    }
}
