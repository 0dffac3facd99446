package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.gateway.StandInService.Trouble;
import vn.thidua.support.security.Role;

/**
 * The aggregated views against four stand-in services of their own, which the tests make slow, failing or cut
 * off: a view always answers within its budget (2 s) with the parts that arrived and names the missing services.
 */
@SuppressWarnings("unchecked")
class ViewsTest extends GatewayTestBase {

    static final StandInService CAMPAIGN = StandInService.started("campaign-service");
    static final StandInService NOMINATION = StandInService.started("nomination-service");
    static final StandInService EXEMPLAR = StandInService.started("exemplar-service");
    static final StandInService PUBLICATION = StandInService.started("publication-service");
    static final List<StandInService> ALL = List.of(CAMPAIGN, NOMINATION, EXEMPLAR, PUBLICATION);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    /** The budget plus what a loaded test machine may add to answering; a hung part would take 5 s. */
    static final Duration WITHIN_BUDGET = Duration.ofMillis(3500);

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", CAMPAIGN::url);
        registry.add("THIDUA_NOMINATION_SERVICE_URL", NOMINATION::url);
        registry.add("THIDUA_EXEMPLAR_SERVICE_URL", EXEMPLAR::url);
        registry.add("THIDUA_PUBLICATION_SERVICE_URL", PUBLICATION::url);
        registry.add("THIDUA_GATEWAY_VIEW_BUDGET", () -> "2s");
    }

    @BeforeEach
    void healthyServicesAndClosedBreakers() {
        ALL.forEach(service -> service.trouble(null));
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(breaker -> breaker.reset());
    }

    @Test
    void the_portal_home_gathers_every_part_when_all_services_answer() {
        Map<String, Object> home = get("/api/portal/home", null);

        assertThat(home).containsKeys("campaigns", "articles", "honourBoard", "publicNotices", "visits");
        assertThat((Map<String, Object>) home.get("campaigns")).containsEntry("service", "campaign-service");
        assertThat((Map<String, Object>) home.get("honourBoard")).containsEntry("service", "exemplar-service");
        assertThat((List<Object>) home.get("degraded")).isEmpty();
        assertThat(CAMPAIGN.received()).anyMatch(request -> request.rawPath().equals("/api/campaigns")
                && request.rawQuery().contains("status=LAUNCHED"));
    }

    @Test
    void a_slow_service_leaves_its_part_out_within_the_budget() {
        EXEMPLAR.trouble(Trouble.SLOW);

        Instant start = Instant.now();
        Map<String, Object> home = get("/api/portal/home", null);

        assertThat(Duration.between(start, Instant.now())).isLessThan(WITHIN_BUDGET);
        assertThat(home.get("honourBoard")).isNull();
        assertThat(home.get("campaigns")).isNotNull();
        assertThat((List<Object>) home.get("degraded")).containsExactly("exemplar-service");
    }

    @Test
    void failing_and_cut_off_services_are_named_and_the_view_is_still_a_200() {
        NOMINATION.trouble(Trouble.ERROR);
        PUBLICATION.trouble(Trouble.CLOSE);

        Map<String, Object> home = get("/api/portal/home", null);

        assertThat((List<Object>) home.get("degraded")).containsExactly("nomination-service", "publication-service");
        assertThat(home.get("articles")).isNull();
        assertThat(home.get("visits")).isNull();
        assertThat(home.get("honourBoard")).isNotNull();
    }

    @Test
    void every_service_down_still_answers_with_every_part_missing() {
        ALL.forEach(service -> service.trouble(Trouble.SLOW));

        Instant start = Instant.now();
        Map<String, Object> home = get("/api/portal/home", null);

        assertThat(Duration.between(start, Instant.now())).isLessThan(WITHIN_BUDGET);
        assertThat((List<Object>) home.get("degraded")).containsExactly("campaign-service", "exemplar-service",
                "nomination-service", "publication-service");
    }

    @Test
    void an_open_breaker_stops_calling_a_failing_service_for_a_while() {
        EXEMPLAR.trouble(Trouble.ERROR);
        for (int i = 0; i < 6; i++) {
            get("/api/portal/home", null);
        }
        int callsWhenOpen = EXEMPLAR.received().size();

        for (int i = 0; i < 3; i++) {
            assertThat((List<Object>) get("/api/portal/home", null).get("degraded")).containsExactly("exemplar-service");
        }

        assertThat(EXEMPLAR.received()).hasSize(callsWhenOpen);
    }

    @Test
    void an_exemplar_comes_with_its_decisions_campaigns_adoptions_and_articles() {
        EXEMPLAR.answer("/api/exemplars/ex-1", """
                {"id": "ex-1", "title": "Chè VietGAP Khuôn Tát", "campaignIds": ["c-1"],
                 "decisions": [{"decisionId": "d-1", "decisionNumber": "163/QĐ-UBND",
                                "awardType": "TAP_THE_LAO_DONG_XUAT_SAC", "awardName": "Tập thể lao động xuất sắc",
                                "issuedOn": "2025-12-20"}],
                 "articles": [{"articleId": "a-1", "title": "Mô hình chè an toàn", "url": "/tin-tuc/che"}],
                 "adoptions": [{"unitCode": "XA-BINH-THANH", "adoptedOn": "2026-03-01"}]}
                """);
        NOMINATION.answer("/api/decisions/d-1", "{\"id\": \"d-1\", \"issuerName\": \"UBND tỉnh Thái Nguyên\"}");

        Map<String, Object> view = get("/api/views/exemplars/ex-1", null);

        assertThat((Map<String, Object>) view.get("exemplar")).containsEntry("title", "Chè VietGAP Khuôn Tát");
        assertThat(view.get("awards").toString()).contains("163/QĐ-UBND", "UBND tỉnh Thái Nguyên");
        assertThat((List<Object>) view.get("campaigns")).hasSize(1);
        assertThat(view.get("adoptions").toString()).contains("XA-BINH-THANH");
        assertThat(view.get("articles").toString()).contains("Mô hình chè an toàn");
        assertThat(view.get("diffusion")).isNotNull();
        assertThat((List<Object>) view.get("degraded")).isEmpty();
        assertThat(NOMINATION.received()).anyMatch(request -> request.rawPath().equals("/api/decisions/d-1"));
    }

    @Test
    void an_exemplar_whose_nomination_service_is_down_keeps_the_decision_numbers_it_knows() {
        EXEMPLAR.answer("/api/exemplars/ex-2", """
                {"id": "ex-2", "decisions": [{"decisionId": "d-2", "decisionNumber": "2150/QĐ-UBND",
                 "awardName": "Tập thể lao động tiên tiến", "issuedOn": "2024-12-25"}]}
                """);
        NOMINATION.trouble(Trouble.SLOW);

        Map<String, Object> view = get("/api/views/exemplars/ex-2", null);

        assertThat(view.get("awards").toString()).contains("2150/QĐ-UBND");
        assertThat((List<Object>) view.get("degraded")).containsExactly("nomination-service");
    }

    @Test
    void an_unknown_exemplar_is_a_404_problem() {
        EXEMPLAR.answer("/api/exemplars/none", null);

        client.get().uri("/api/views/exemplars/none").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/not-found");
    }

    @Test
    void a_nominations_timeline_puts_its_history_notice_and_decision_in_order() {
        NOMINATION.answer("/api/nominations/n-1", """
                {"id": "n-1", "publicNoticeId": "p-1", "decisionId": "d-1", "history": [
                  {"at": "2025-11-01T02:00:00Z", "status": "SUBMITTED"},
                  {"at": "2025-11-03T01:00:00Z", "status": "IN_PUBLIC_NOTICE", "note": "Đưa ra lấy ý kiến"},
                  {"at": "2025-12-10T08:00:00Z", "status": "APPROVED_BY_COUNCIL"}]}
                """);
        NOMINATION.answer("/api/public-notices/p-1", """
                {"id": "p-1", "title": "Công khai danh sách", "status": "CLOSED", "postedAt": "2025-11-03T01:15:00Z",
                 "windowStartsOn": "2025-11-03", "closesOn": "2025-11-14", "objectionsReceived": 1,
                 "objectionsUnresolved": 0}
                """);
        NOMINATION.answer("/api/decisions/d-1", """
                {"id": "d-1", "number": "163/QĐ-UBND", "signedOn": "2025-12-20", "issuerName": "UBND tỉnh Thái Nguyên"}
                """);
        String token = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);

        Map<String, Object> view = get("/api/views/nominations/n-1/timeline", token);

        List<?> events = (List<Object>) view.get("events");
        assertThat(events).extracting(event -> (Object) ((Map<String, Object>) event).get("event"))
                .containsExactly("SUBMITTED", "IN_PUBLIC_NOTICE", "POSTED", "CLOSED", "APPROVED_BY_COUNCIL", "ISSUED");
        assertThat(NOMINATION.received()).filteredOn(request -> request.rawPath().equals("/api/nominations/n-1"))
                .allMatch(request -> ("Bearer " + token).equals(request.header(HttpHeaders.AUTHORIZATION)));
    }

    @Test
    void a_units_view_needs_a_signed_in_user() {
        client.get().uri("/api/views/units/XA-PHUONG-TIEN").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated");
    }

    @Test
    void a_units_view_gathers_its_campaigns_with_registrations_nominations_awards_exemplars_and_duties() {
        CAMPAIGN.answer("/api/units/XA-PHUONG-TIEN", "{\"code\": \"XA-PHUONG-TIEN\", \"name\": \"UBND xã Phượng Tiến\"}");
        CAMPAIGN.answer("/api/campaigns", "{\"items\": [{\"id\": \"c-1\"}, {\"id\": \"c-2\"}], \"total\": 2}");
        CAMPAIGN.answer("/api/campaigns/c-1/registrations/XA-PHUONG-TIEN", "{\"unitCode\": \"XA-PHUONG-TIEN\"}");
        CAMPAIGN.answer("/api/campaigns/c-2/registrations/XA-PHUONG-TIEN", null);
        NOMINATION.answer("/api/nominations", """
                {"items": [{"status": "SUBMITTED"}, {"status": "DECIDED"}, {"status": "DECIDED"}], "total": 3}
                """);
        String token = ISSUER.token("officer-phuongtien", "XA-PHUONG-TIEN", Role.UNIT_OFFICER);

        Map<String, Object> view = get("/api/views/units/XA-PHUONG-TIEN", token);

        assertThat((Map<String, Object>) view.get("unit")).containsEntry("name", "UBND xã Phượng Tiến");
        assertThat((List<Object>) view.get("campaigns")).hasSize(2);
        assertThat(view.get("campaigns").toString()).contains("registration={unitCode=XA-PHUONG-TIEN}",
                "registration=null");
        assertThat((Map<String, Object>) view.get("nominationsByStatus")).containsEntry("DECIDED", 2).containsEntry("SUBMITTED", 1);
        assertThat(view).containsKeys("awardsByYear", "exemplars", "publicityDuties");
        assertThat((List<Object>) view.get("degraded")).isEmpty();
        assertThat(NOMINATION.received()).anyMatch(request -> request.rawPath().equals("/api/awards/statistics")
                && request.rawQuery().contains("unit=XA-PHUONG-TIEN"));
    }

    @Test
    void every_call_of_a_view_continues_the_trace_of_the_request_under_a_meter_of_its_own() {
        String traceId = "5af7183fb1d4cf5f" + Long.toHexString(System.nanoTime() | 1L << 60);
        client.get().uri("/api/portal/home")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk().expectBody(Void.class);

        for (StandInService service : ALL) {
            assertThat(service.received()).as(service.url())
                    .anyMatch(request -> String.valueOf(request.header("traceparent"))
                            .matches("00-" + traceId + "-[0-9a-f]{16}-01"));
        }
        // The routes' http.client.requests has other tag keys; a shared name would lose one of the two meters.
        String metrics = management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("http_client_view_requests_seconds_count{application=\"gateway\"");
    }

    private Map<String, Object> get(String path, String token) {
        var request = client.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        return request.exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }
}
