package vn.thidua.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.thidua.devstack.Application;
import vn.thidua.devstack.Applications;

/** The scrape config and rules in infra/prometheus, checked by promtool and against the rest of the repository. */
class PrometheusRulesTest {

    private static final Path PROMETHEUS = Repository.file("infra/prometheus");
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** {@code <signal> <op> <number>}: the form the live dashboard test turns into {@code <signal> <op> bool <number>}. */
    static final Pattern ALERT_FORM = Pattern.compile("(?s)(.+?)\\s*(==|!=|>=|<=|>|<)\\s*(-?[0-9.]+(?:e-?[0-9]+)?)\\s*");

    @Test
    void promtoolAcceptsTheConfigAndItsRuleFiles() {
        var result = Promtool.run(PROMETHEUS, "check", "config", "prometheus.yml");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).contains("rules.yml").contains("alerts.yml");
    }

    @Test
    void everyAlertPassesItsPromtoolUnitTests() throws IOException {
        List<String> testFiles = ruleTestFiles();
        assertThat(testFiles).isNotEmpty();

        var arguments = new ArrayList<String>(List.of("test", "rules"));
        arguments.addAll(testFiles);
        var result = Promtool.run(PROMETHEUS, arguments.toArray(String[]::new));

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void everyAlertIsTestedFiringAndSilent() throws IOException {
        Set<String> firing = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (String file : ruleTestFiles()) {
            for (JsonNode test : YAML.readTree(PROMETHEUS.resolve(file).toFile()).path("tests")) {
                for (JsonNode check : test.path("alert_rule_test")) {
                    String name = check.path("alertname").asString();
                    (check.path("exp_alerts").isEmpty() ? silent : firing).add(name);
                }
            }
        }

        assertThat(firing).as("alerts with a test where they fire").containsAll(alertNames());
        assertThat(silent).as("alerts with a test where they stay silent").containsAll(alertNames());
    }

    @Test
    void everyAlertHasASeverityAVietnameseSummaryAndARunbookInOperationsDocs() throws IOException {
        Set<String> anchors = headingAnchors(Repository.file("docs/operations.md"));

        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asString();
            assertThat(alert.path("labels").path("severity").asString()).as(name).isIn("page", "ticket");
            assertThat(alert.path("annotations").path("summary").asString()).as(name).isNotBlank();
            assertThat(alert.path("annotations").path("description").asString()).as(name).isNotBlank();
            String runbook = alert.path("annotations").path("runbook_url").asString();
            assertThat(runbook).as(name).contains("docs/operations.md#");
            assertThat(anchors).as("a section '%s' in docs/operations.md", name)
                    .contains(runbook.substring(runbook.indexOf('#') + 1));
            assertThat(runbook).as(name).endsWith("#" + name.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everyAlertExpressionEndsInOneComparisonWithANumber() throws IOException {
        for (JsonNode alert : alerts()) {
            assertThat(alert.path("expr").asString().strip()).as(alert.path("alert").asString()).matches(ALERT_FORM);
        }
    }

    @Test
    void theScrapeConfigNamesEveryApplicationOnItsMetricsPortWithItsApplicationLabel() throws IOException {
        JsonNode config = YAML.readTree(PROMETHEUS.resolve("prometheus.yml").toFile());
        Map<String, String> applicationByTarget = new HashMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            if (job.path("job_name").asString().equals("thidua")) {
                assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
                for (JsonNode group : job.path("static_configs")) {
                    String application = group.path("labels").path("application").asString();
                    group.path("targets").forEach(t -> applicationByTarget.put(t.asString(), application));
                }
            }
        }

        Map<String, String> expected = Applications.ALL.stream()
                .collect(Collectors.toMap(PrometheusRulesTest::metricsTarget, Application::name));
        assertThat(applicationByTarget).isEqualTo(expected);
    }

    /** The host is the application's name (its compose service); the port is where it serves the actuator. */
    static String metricsTarget(Application application) {
        int port = application.actuatorPort().defaultPort();
        return application.name() + ":" + port;
    }

    static List<JsonNode> alerts() throws IOException {
        var alerts = new ArrayList<JsonNode>();
        for (JsonNode group : YAML.readTree(PROMETHEUS.resolve("alerts.yml").toFile()).path("groups")) {
            group.path("rules").forEach(alerts::add);
        }
        assertThat(alerts).isNotEmpty();
        return alerts;
    }

    private static Set<String> alertNames() throws IOException {
        return alerts().stream().map(a -> a.path("alert").asString()).collect(Collectors.toSet());
    }

    private static List<String> ruleTestFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROMETHEUS.resolve("tests"))) {
            return files.map(f -> "tests/" + f.getFileName()).filter(f -> f.endsWith(".yml")).sorted().toList();
        }
    }

    /** GitHub's anchors for the markdown headings: lower case, spaces to dashes, punctuation dropped. */
    private static Set<String> headingAnchors(Path markdown) throws IOException {
        return Files.readAllLines(markdown).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
