package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.Topics;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.security.Role;
import vn.thidua.support.security.TestTokenIssuer;
import vn.thidua.support.security.TestTokenIssuerInitializer;
import vn.thidua.support.testing.EventPublisher;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * The service over HTTP with real tokens, against the real broker and Mongo-wire server, on a clock the tests
 * can move. Every test class extending this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {InfrastructureInitializer.class, TestTokenIssuerInitializer.class})
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
@Import(ApiTestSupport.Clocks.class)
public abstract class ApiTestSupport {

    protected static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    protected static final String REVIEWER = ISSUER.token("reviewer", "SNV-TN", Role.REVIEWER);
    protected static final String ADMIN = ISSUER.token("admin", "UBND-TN", Role.ADMIN);
    /** Vietnam's date for the service: the calendar covers 2024–2026, and the tests move it forward within 2026. */
    protected static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));

    @Autowired protected WebTestClient web;

    /**
     * Dates (working days, windows, "today") follow {@link #CLOCK}; instants stay on the system clock, because the
     * broker refuses records stamped far in the future.
     */
    @TestConfiguration
    static class Clocks {
        @Bean
        WorkingDayCalendar workingDayCalendar() {
            return WorkingDayCalendar.vietnam(CLOCK);
        }
    }

    static {
        // The topics this service reads exist before it starts, as they do in the stack.
        EventPublisher.ensureTopics(TestInfrastructure.kafkaBootstrap(), Topics.CAMPAIGN, Topics.PUBLICATION);
    }

    protected static String officer(String unit) {
        return ISSUER.token("officer-" + unit.toLowerCase(), unit, Role.UNIT_OFFICER);
    }

    protected static String member(String user, String unit) {
        return ISSUER.token(user, unit, Role.COUNCIL_MEMBER);
    }

    /** A unit code no other test uses, so that tests do not see each other's quota or members. */
    protected static String freshUnit() {
        return "XA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    protected WebTestClient.ResponseSpec post(String path, Object body, String token) {
        var request = web.post().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    protected WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange();
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> created(String path, Object body, String token) {
        return post(path, body, token).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    protected String person(String name, String unit, int year, String rating) {
        Map<String, Object> person = created("/api/people", Map.of("fullName", name, "birthDate", "1985-04-12",
                "idNumber", "0193" + (100000000L + (long) (Math.random() * 800000000L)), "phone", "0912345678",
                "address", "Thôn Quán Vuông, xã Phượng Tiến", "memberships", List.of(Map.of("unitCode", unit, "year", year))),
                REVIEWER);
        String id = (String) person.get("id");
        if (rating != null) {
            ok(post("/api/people/" + id + "/ratings", Map.of("year", year, "rating", rating), REVIEWER));
        }
        return id;
    }

    protected String nomination(String token, String kind, String subjectId, String award, int year) {
        return (String) created("/api/nominations", Map.of("subjectKind", kind, "subjectId", subjectId,
                "awardCode", award, "year", year, "timingType", "MERIT",
                "achievement", "Hoàn thành xuất sắc nhiệm vụ chuyển đổi số cấp xã năm " + year), token).get("id");
    }

    protected void pastAward(String kind, String subjectId, String name, String unit, String award, int year) {
        created("/api/awards", Map.of("subjectKind", kind, "subjectId", subjectId, "displayName", name,
                "unitCode", unit, "awardCode", award, "year", year, "timingType", "MERIT",
                "decisionNumber", (year * 7 % 900 + 10) + "/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 4),
                "decidedOn", year + "-12-20", "issuerName", "UBND huyện Định Hóa"), REVIEWER);
    }

    /** What Prometheus scrapes from the service. */
    protected String scrape() {
        return PrometheusText.scrape(web);
    }

    /** One series' value from a fresh scrape, 0 when the series is not there. */
    protected double metric(String name, Map<String, String> tags) {
        return PrometheusText.value(scrape(), name, tags).orElse(0.0);
    }

    // --- Kafka -----------------------------------------------------------------------------------------------

    private static EventPublisher publisher;

    /** Plays the event's owner: creates its topic as the owner would, then sends it as the owner's relay would. */
    protected static synchronized <T extends DomainEvent> void send(EventType<T> type, T event) {
        if (publisher == null) {
            publisher = EventPublisher.to(TestInfrastructure.kafkaBootstrap());
        }
        EventPublisher.ensureTopics(TestInfrastructure.kafkaBootstrap(), type.topic());
        publisher.send(event);
    }

    /** Waits for the service's event of {@code type} keyed {@code key} matching {@code condition}; checks its schema. */
    protected static <T extends DomainEvent> T awaitEvent(EventType<T> type, String key, Predicate<T> condition) {
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.NOMINATION)) {
            var found = new java.util.concurrent.atomic.AtomicReference<T>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : reader.records()) {
                    if (key.equals(r.key()) && type.wireType().equals(TopicReader.header(r, "ce_type"))) {
                        assertThat(ContractSchemas.violations(type.wireType(), r.value())).isEmpty();
                        T event = EventJson.fromBytes(r.value(), type.payloadType());
                        if (condition.test(event)) {
                            found.set(event);
                            return true;
                        }
                    }
                }
                return false;
            });
            return found.get();
        }
    }

    /** Everything the service published under {@code key}, as raw text, to check what it never says. */
    protected static String allPublishedText(String key) {
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.NOMINATION)) {
            for (int i = 0; i < 4; i++) {
                reader.records();
            }
            var text = new StringBuilder();
            reader.records().stream().filter(r -> key.equals(r.key()))
                    .forEach(r -> text.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n'));
            return text.toString();
        }
    }

}
