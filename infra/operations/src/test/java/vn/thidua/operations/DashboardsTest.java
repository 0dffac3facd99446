package vn.thidua.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The dashboards as files: stable UIDs, the provisioned datasource, and PromQL that Prometheus can parse. */
class DashboardsTest {

    /** Other dashboards and alert links point at these; renaming one breaks them. */
    static final Set<String> UIDS = Set.of("thidua-overview", "thidua-event-pipeline", "thidua-business", "thidua-jvm");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

    @Test
    void theFourDashboardsKeepTheirUids() {
        Set<String> uids = new HashSet<>();
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            String uid = dashboard.path("uid").asString();
            assertThat(file.getFileName().toString()).isEqualTo(uid + ".json");
            assertThat(dashboard.path("title").asString()).as(uid).isNotBlank();
            assertThat(uids.add(uid)).as("uid %s used once", uid).isTrue();
        }
        assertThat(uids).isEqualTo(UIDS);
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheusDatasource() throws IOException {
        JsonNode provisioning = YAMLMapper.builder().build()
                .readTree(Repository.file("infra/grafana/provisioning/datasources/prometheus.yml").toFile());
        String uid = provisioning.path("datasources").get(0).path("uid").asString();

        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            List<JsonNode> panels = Dashboards.panels(dashboard);
            assertThat(panels).as(file.getFileName().toString()).isNotEmpty();
            for (JsonNode panel : panels) {
                String name = dashboard.path("uid").asString() + " / " + panel.path("title").asString();
                assertThat(panel.path("datasource").path("uid").asString()).as(name).isEqualTo(uid);
                assertThat(panel.path("targets").isEmpty()).as("%s has a query", name).isFalse();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asString()).as(name).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyVariableQueriesTheProvisionedDatasourceAndEveryPanelUsesOnlyKnownVariables() {
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            Set<String> names = new HashSet<>(Set.of("__rate_interval"));
            dashboard.path("templating").path("list").forEach(v -> names.add(v.path("name").asString()));
            for (JsonNode panel : Dashboards.panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    var variables = VARIABLE.matcher(target.path("expr").asString());
                    while (variables.find()) {
                        assertThat(names).as("%s / %s", dashboard.path("uid").asString(), panel.path("title").asString())
                                .contains(variables.group(1));
                    }
                }
            }
        }
    }

    /**
     * promtool parses every query as the expression of a recording rule: a typo in a dashboard fails here, before
     * anyone opens Grafana. (That each query also returns data is proven by {@link DashboardsLiveTest}.)
     */
    @Test
    void promtoolParsesEveryPanelQuery(@TempDir Path dir) throws IOException {
        var rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        int n = 0;
        for (Dashboards.Query query : Dashboards.queries()) {
            rules.append("      - record: dashboard_query_").append(n++).append('\n')
                    .append("        expr: '").append(query.expr().replace("'", "''")).append("'\n");
        }
        Files.writeString(dir.resolve("queries.yml"), rules);

        var result = Promtool.run(dir, "check", "rules", "queries.yml");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).contains(n + " rules found");
    }
}
