package vn.thidua.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import vn.thidua.nomination.ApiTestSupport;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.support.testing.PrometheusText;

/** What Prometheus scrapes from nomination-service: the series the dashboards and alerts query, from the start. */
class MetricsTest extends ApiTestSupport {

    private static final String AWARD = "CHIEN_SI_THI_DUA_CO_SO";

    @Autowired ReactiveMongoTemplate mongo;

    @Test
    void aSubmittedNominationRaisesTheCountOfItsStatusAndEveryStatusOfItsAwardTypeHasASeries() {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Triệu Thị Lan", unit, 2026, "EXCELLENT"), AWARD, 2026);
        long submitted = count(NominationStatus.SUBMITTED);

        ok(post("/api/nominations/" + id + "/submit", null, officer));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                PrometheusText.value(scrape(), "thidua_nominations", Map.of("status", "SUBMITTED", "award_type", AWARD)))
                .hasValue((double) submitted + 1));
        String page = scrape();
        for (NominationStatus status : NominationStatus.values()) {
            assertThat(PrometheusText.value(page, "thidua_nominations",
                    Map.of("status", status.name(), "award_type", AWARD))).as(status.name()).isPresent();
        }
    }

    @Test
    void everyAlertAndPanelSeriesExistsBeforeAnythingHappened() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (AwardType type : Catalogue.bundledTypes()) {
                assertThat(PrometheusText.value(page, "thidua_decisions_issued_total",
                        Map.of("award_type", type.code()))).as(type.code()).isPresent();
            }
            assertThat(PrometheusText.value(page, "thidua_public_notices_window_passed_undecided", Map.of()))
                    .isPresent();
            for (String topic : List.of("campaign.events", "publication.events")) {
                assertThat(PrometheusText.value(page, "thidua_consumer_lag",
                        Map.of("group", "nomination-service", "topic", topic))).as(topic).isPresent();
                assertThat(PrometheusText.value(page, "thidua_events_dead_lettered_total", Map.of("topic", topic)))
                        .as(topic).isPresent();
            }
            assertThat(PrometheusText.value(page, "thidua_events_publish_failures_total",
                    Map.of("topic", "nomination.events"))).isPresent();
            // The pipeline panels have a series (at 0) for what this service sends and handles, before any event.
            assertThat(PrometheusText.value(page, "thidua_events_published_total",
                    Map.of("topic", "nomination.events", "type", "vn.thidua.nomination.DecisionIssued.v1")))
                    .isPresent();
            for (String outcome : List.of("applied", "duplicate")) {
                assertThat(PrometheusText.value(page, "thidua_events_consumed_total", Map.of("topic",
                        "campaign.events", "type", "vn.thidua.campaign.UnitUpserted.v1", "outcome", outcome)))
                        .as(outcome).isPresent();
            }
            assertThat(PrometheusText.has(page, "thidua_event_age_seconds_count",
                    Map.of("topic", "publication.events", "type", "vn.thidua.publication.ArticlePublished.v1")))
                    .isTrue();
            for (String collection : List.of("nominations", "public_notices", "council_sessions", "decisions",
                    "awards")) {
                assertThat(PrometheusText.has(page, "thidua_outbox_backlog", Map.of("collection", collection)))
                        .as(collection).isTrue();
            }
        });
    }

    private long count(NominationStatus status) {
        return mongo.count(query(where("status").is(status.name()).and("awardCode").is(AWARD)), "nominations")
                .block();
    }
}
