package vn.thidua.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.devstack.Application;
import vn.thidua.devstack.Applications;
import vn.thidua.devstack.DevStack;

/**
 * The proof that the dashboards and alerts watch something: the one-command stack with its demo data and its real
 * Prometheus running infra/prometheus against it (as {@code ./run.sh --prometheus=true} does), some traffic through
 * the gateway, and then every query of every dashboard panel and every alert must return at least one series. A
 * panel that would show "no data" fails here.
 */
class DashboardsLiveTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Gauges read from the databases refresh every 30 s by default; a rate needs two scrapes inside its window. */
    private static final Duration DATA_DEADLINE = Duration.ofMinutes(3);

    private static DevStack stack;
    private static PrometheusApi prometheus;

    @BeforeAll
    static void startStackWithPrometheus() throws IOException {
        stack = DevStack.builder(Repository.root()).dataDir(Files.createTempDirectory("thidua-dashboards-"))
                .freePorts().timeout(Duration.ofMinutes(4)).demoData(true).prometheus(true)
                .output(line -> System.out.println("[devstack] " + line)).build();
        stack.start();
        prometheus = new PrometheusApi(stack.prometheusUrl());
        driveTraffic();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void prometheusScrapesEveryApplication() {
        List<String> missing = awaitAll(Applications.ALL.stream().map(Application::name).toList(),
                name -> !prometheus.query("up{job=\"thidua\", application=\"" + name + "\"} == 1").isEmpty());

        assertThat(missing).as("applications Prometheus does not scrape successfully").isEmpty();
    }

    @Test
    void everyDashboardPanelShowsData() {
        List<Dashboards.Query> queries = Dashboards.queries();
        assertThat(queries).hasSizeGreaterThan(20);

        List<Dashboards.Query> empty = awaitAll(queries, query -> !prometheus.query(query.expr()).isEmpty());

        assertThat(empty).as("panels that would show 'no data'").isEmpty();
    }

    /**
     * A healthy stack fires no alert, so each alert's expression is evaluated in its {@code bool} form: the same
     * signal compared with the same threshold, answering 0 or 1 per series instead of dropping the series that do
     * not cross it. An alert on a metric that does not exist (a renamed meter, a wrong label) has no series at all.
     */
    @Test
    void everyAlertWatchesSeriesThatExist() throws IOException {
        Map<String, String> boolForms = new HashMap<>();
        for (JsonNode alert : PrometheusRulesTest.alerts()) {
            Matcher form = PrometheusRulesTest.ALERT_FORM.matcher(alert.path("expr").asString().strip());
            assertThat(form.matches()).isTrue();
            boolForms.put(alert.path("alert").asString(),
                    "(" + form.group(1) + ") " + form.group(2) + " bool " + form.group(3));
        }

        List<String> silent = awaitAll(new ArrayList<>(boolForms.keySet()),
                name -> !prometheus.query(boolForms.get(name)).isEmpty());

        assertThat(silent).as("alerts whose expression has no series on the running stack").isEmpty();
    }

    @Test
    void everyRuleEvaluatesWithoutError() {
        List<String> unhealthy = awaitAll(List.of("rules"), ignored -> {
            JsonNode groups = prometheus.get("/api/v1/rules").path("data").path("groups");
            List<String> bad = new ArrayList<>();
            int rules = 0;
            for (JsonNode group : groups) {
                for (JsonNode rule : group.path("rules")) {
                    rules++;
                    if (!rule.path("health").asString().equals("ok")) {
                        bad.add(rule.path("name").asString() + ": " + rule.path("health").asString() + " "
                                + rule.path("lastError").asString());
                    }
                }
            }
            if (!bad.isEmpty()) {
                System.out.println("unhealthy rules: " + bad);
            }
            return rules > 0 && bad.isEmpty();
        });

        assertThat(unhealthy).as("rule groups with unhealthy rules (see the output)").isEmpty();
    }

    /** Waits until {@code check} holds for every item or the deadline passes; answers those for which it never did. */
    private static <T> List<T> awaitAll(List<T> items, Predicate<T> check) {
        List<T> pending = new ArrayList<>(items);
        Instant deadline = Instant.now().plus(DATA_DEADLINE);
        while (true) {
            pending.removeIf(check);
            if (pending.isEmpty() || Instant.now().isAfter(deadline)) {
                return pending;
            }
            driveTraffic();
            sleep(Duration.ofSeconds(5));
        }
    }

    /**
     * What a morning on the portal and in the back office looks like to the gateway: readers on the home page,
     * lists and feeds, counted visits, signed-in officers reading their work, and a few requests that fail.
     */
    private static void driveTraffic() {
        String admin = send(HttpRequest.newBuilder(URI.create(stack.issuerUrl() + "/token?user=admin")).GET()).body();
        for (String path : List.of("/api/portal/home", "/api/articles", "/api/campaigns", "/api/honour-board",
                "/api/public-notices", "/api/award-types", "/api/units", "/api/feeds/portal/rss",
                "/api/articles/by-slug/khong-co-bai-nay")) {
            send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).GET());
        }
        for (String path : List.of("/api/nominations", "/api/exemplars", "/api/decisions", "/api/views/units/UBND-TN")) {
            send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + admin).GET());
        }
        for (String reader : List.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "Googlebot/2.1")) {
            send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/visits"))
                    .header("Content-Type", "application/json").header("User-Agent", reader)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the stack did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
