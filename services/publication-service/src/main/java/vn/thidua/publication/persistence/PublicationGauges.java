package vn.thidua.publication.persistence;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import vn.thidua.publication.application.PublicationProperties;
import vn.thidua.publication.application.VisitRepository;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.support.metrics.RefreshedGauges;

/**
 * {@code thidua_articles{status}} (every status of the editorial workflow, 0 included) and
 * {@code thidua_visitors_online} (the portal's "Đang truy cập": distinct visitors seen within the online window).
 */
@Component
class PublicationGauges {

    static final String ARTICLES = "thidua.articles";
    static final String VISITORS_ONLINE = "thidua.visitors.online";

    PublicationGauges(RefreshedGauges gauges, ReactiveMongoOperations mongo, VisitRepository visits,
                      PublicationProperties properties, Clock clock) {
        var statuses = Arrays.stream(ArticleStatus.values()).map(Enum::name).toList();
        gauges.register(ARTICLES, "Articles by editorial status", () -> RefreshedGauges.countByField(
                mongo, MongoArticleRepository.COLLECTION, "status", "status", statuses));
        gauges.register(VISITORS_ONLINE, "Distinct visitors seen within the online window", () -> Flux.from(
                visits.seenSince(clock.instant().minus(properties.onlineWindow()))
                        .map(RefreshedGauges.Row::of)));
    }
}
