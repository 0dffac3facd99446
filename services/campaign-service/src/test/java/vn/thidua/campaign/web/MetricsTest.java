package vn.thidua.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.LocalDate;
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
import vn.thidua.campaign.DemoCampaigns;
import vn.thidua.campaign.DemoUnits;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;

/** What Prometheus scrapes from campaign-service: the series the dashboards and alerts query, from the start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
@AutoConfigureWebTestClient(timeout = "20s")
class MetricsTest {

    private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    private static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    private static final String ADMIN = ISSUER.token("admin", "UBND-TN", Role.ADMIN);
    private static final Map<String, String> APP = Map.of("application", "campaign-service");

    @Autowired WebTestClient web;
    @Autowired ReactiveMongoTemplate mongo;

    @Test
    void everyStatusHasASeriesAndTheDraftCountFollowsANewDraft() {
        DemoUnits.ensure(web, ADMIN);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (CampaignStatus status : CampaignStatus.values()) {
                assertThat(PrometheusText.value(page, "thidua_campaigns", Map.of("status", status.name())))
                        .as(status.name()).hasValue((double) count(status));
            }
        });

        long drafts = count(CampaignStatus.DRAFT);
        LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withDayOfYear(1);
        web.post().uri("/api/campaigns").headers(h -> h.setBearerAuth(REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DemoCampaigns.digitalTransformation(start, start.plusYears(1).minusDays(1)))
                .exchange().expectStatus().isCreated();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                PrometheusText.value(scrape(), "thidua_campaigns", Map.of("status", "DRAFT")))
                .hasValue((double) drafts + 1));
    }

    @Test
    void pipelineHttpAndJvmSeriesAreThere() {
        web.get().uri("/api/campaigns").headers(h -> h.setBearerAuth(REVIEWER)).exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String page = scrape();
            for (String collection : List.of("campaigns", "units", "registrations")) {
                assertThat(PrometheusText.has(page, "thidua_outbox_backlog", Map.of("collection", collection)))
                        .as(collection).isTrue();
            }
            assertThat(PrometheusText.value(page, "thidua_events_publish_failures_total",
                    Map.of("topic", "campaign.events"))).isPresent();
            assertThat(PrometheusText.has(page, "http_server_requests_seconds_bucket",
                    Map.of("uri", "/api/campaigns", "method", "GET", "status", "200", "outcome", "SUCCESS")))
                    .isTrue();
            for (String jvm : List.of("jvm_memory_used_bytes", "jvm_memory_max_bytes", "process_cpu_usage",
                    "jvm_threads_live_threads", "process_uptime_seconds")) {
                assertThat(PrometheusText.has(page, jvm, APP)).as(jvm).isTrue();
            }
        });
    }

    private long count(CampaignStatus status) {
        return mongo.count(query(where("status").is(status.name())), "campaigns").block();
    }

    private String scrape() {
        return PrometheusText.scrape(web);
    }
}
