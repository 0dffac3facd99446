package vn.thidua.exemplar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.exemplar.ConsumedTopicsInitializer;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;

/** What Prometheus scrapes from exemplar-service: the series the dashboards and alerts query, from the start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class,
        ConsumedTopicsInitializer.class})
@AutoConfigureWebTestClient(timeout = "20s")
class MetricsTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String PHU_TIEN = ISSUER.token("officer-phutien", "XA-PHU-TIEN", Role.UNIT_OFFICER);
    private static final List<String> CONSUMED = List.of("campaign.events", "nomination.events", "publication.events");

    @Autowired WebTestClient web;
    @Autowired ReactiveMongoTemplate mongo;

    @Test
    void everyStatusHasASeriesAndTheDiscoveredCountFollowsAProposal() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (ExemplarStatus status : ExemplarStatus.values()) {
                assertThat(PrometheusText.value(page, "thidua_exemplars", Map.of("status", status.name())))
                        .as(status.name()).hasValue((double) count(status));
            }
        });

        long discovered = count(ExemplarStatus.DISCOVERED);
        web.post().uri("/api/exemplars").headers(h -> h.setBearerAuth(PHU_TIEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ExemplarApiTest.proposal("Mô hình nuôi ong Phú Tiến", "XA-PHU-TIEN", "UBND xã Phú Tiến"))
                .exchange().expectStatus().isCreated();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                PrometheusText.value(scrape(), "thidua_exemplars", Map.of("status", "DISCOVERED")))
                .hasValue((double) discovered + 1));
    }

    @Test
    void everyConsumedTopicHasItsLagAndDeadLetterSeriesFromTheStart() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (String topic : CONSUMED) {
                assertThat(PrometheusText.value(page, "thidua_consumer_lag",
                        Map.of("group", "exemplar-service", "topic", topic))).as(topic).isPresent();
                assertThat(PrometheusText.value(page, "thidua_events_dead_lettered_total", Map.of("topic", topic)))
                        .as(topic).isPresent();
            }
            assertThat(PrometheusText.value(page, "thidua_events_publish_failures_total",
                    Map.of("topic", "exemplar.events"))).isPresent();
            assertThat(PrometheusText.has(page, "thidua_outbox_backlog", Map.of("collection", "exemplars"))).isTrue();
        });
    }

    private long count(ExemplarStatus status) {
        return mongo.count(query(where("status").is(status.name())), "exemplars").block();
    }

    private String scrape() {
        return PrometheusText.scrape(web);
    }
}
