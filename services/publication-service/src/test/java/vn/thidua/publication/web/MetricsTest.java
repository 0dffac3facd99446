package vn.thidua.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Channel.ChannelKind;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;

/** What Prometheus scrapes from publication-service: the series the dashboards and alerts query, from the start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
@AutoConfigureWebTestClient(timeout = "20s")
class MetricsTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    @Autowired WebTestClient web;
    @Autowired ReactiveMongoTemplate mongo;

    @Test
    void publishingAndVisitingMoveTheirCountersAndTheArticleGauge() {
        var api = new EditorialWorkflowTest();
        api.web = web;
        var article = api.create(EditorialWorkflowTest.EDITOR,
                EditorialWorkflowTest.article("Số liệu " + UUID.randomUUID(), List.of("portal", "hoi-nghi")));
        String before = scrape();
        double portal = value(before, "thidua_articles_published_total", Map.of("channel_kind", "PORTAL"));
        double conference = value(before, "thidua_articles_published_total", Map.of("channel_kind", "CONFERENCE"));
        double communes = value(before, "thidua_articles_published_total", Map.of("channel_kind", "COMMUNE_PAGE"));
        double counted = value(before, "thidua_visits_total", Map.of("outcome", "counted"));
        double repeated = value(before, "thidua_visits_total", Map.of("outcome", "repeated"));
        double bots = value(before, "thidua_visits_total", Map.of("outcome", "bot"));

        api.publish(article.id());
        String visitor = "192.0.2." + (int) (Math.random() * 250 + 1);
        visit(article.id(), visitor, BROWSER);
        visit(article.id(), visitor, BROWSER);
        visit(article.id(), visitor, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)");

        String after = scrape();
        assertThat(value(after, "thidua_articles_published_total", Map.of("channel_kind", "PORTAL")))
                .isEqualTo(portal + 1);
        assertThat(value(after, "thidua_articles_published_total", Map.of("channel_kind", "CONFERENCE")))
                .isEqualTo(conference + 1);
        assertThat(value(after, "thidua_articles_published_total", Map.of("channel_kind", "COMMUNE_PAGE")))
                .isEqualTo(communes);
        assertThat(value(after, "thidua_visits_total", Map.of("outcome", "counted"))).isEqualTo(counted + 1);
        assertThat(value(after, "thidua_visits_total", Map.of("outcome", "repeated"))).isEqualTo(repeated + 1);
        assertThat(value(after, "thidua_visits_total", Map.of("outcome", "bot"))).isEqualTo(bots + 1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (ArticleStatus status : ArticleStatus.values()) {
                assertThat(PrometheusText.value(page, "thidua_articles", Map.of("status", status.name())))
                        .as(status.name()).hasValue((double) count(status));
            }
            assertThat(value(page, "thidua_visitors_online", Map.of())).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void everyKnownTagValueAndEveryConsumedTopicHasASeriesFromTheStart() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (ChannelKind kind : ChannelKind.values()) {
                assertThat(PrometheusText.has(page, "thidua_articles_published_total",
                        Map.of("channel_kind", kind.name()))).as(kind.name()).isTrue();
            }
            for (String outcome : List.of("counted", "repeated", "bot")) {
                assertThat(PrometheusText.has(page, "thidua_visits_total", Map.of("outcome", outcome))).isTrue();
            }
            assertThat(PrometheusText.has(page, "thidua_visitors_online", Map.of())).isTrue();
            for (String topic : List.of("campaign.events", "nomination.events", "exemplar.events")) {
                assertThat(PrometheusText.has(page, "thidua_consumer_lag",
                        Map.of("group", "publication-service", "topic", topic))).as(topic).isTrue();
                assertThat(PrometheusText.has(page, "thidua_events_dead_lettered_total", Map.of("topic", topic)))
                        .as(topic).isTrue();
            }
            assertThat(PrometheusText.has(page, "thidua_events_publish_failures_total",
                    Map.of("topic", "publication.events"))).isTrue();
            assertThat(PrometheusText.has(page, "thidua_outbox_backlog", Map.of("collection", "articles"))).isTrue();
        });
    }

    private void visit(String articleId, String address, String userAgent) {
        web.post().uri("/api/visits").header(HttpHeaders.USER_AGENT, userAgent)
                .header("X-Forwarded-For", address + ", 10.0.0.1")
                .bodyValue(Map.of("articleId", articleId)).exchange().expectStatus().isAccepted();
    }

    private long count(ArticleStatus status) {
        return mongo.count(query(where("status").is(status.name())), "articles").block();
    }

    private static double value(String page, String name, Map<String, String> tags) {
        return PrometheusText.value(page, name, tags).orElseThrow(() -> new AssertionError("no series " + name + tags));
    }

    private String scrape() {
        return PrometheusText.scrape(web);
    }
}
