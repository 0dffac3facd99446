package vn.thidua.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The Grafana dashboards of infra/grafana/dashboards and the PromQL queries of their panels. */
final class Dashboards {

    static final Path FOLDER = Repository.file("infra/grafana/dashboards");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One query of one panel, as Grafana would send it with every variable at its widest value. */
    record Query(String dashboard, String panel, String expr) {

        @Override
        public String toString() {
            return dashboard + " / " + panel + ": " + expr;
        }
    }

    private Dashboards() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        return JSON.readTree(file.toFile());
    }

    /** Every panel, rows' nested panels included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        var panels = new ArrayList<JsonNode>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asString().equals("row")) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    static List<Query> queries() {
        var queries = new ArrayList<Query>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(dashboard.path("uid").asString(), panel.path("title").asString(),
                            resolveVariables(target.path("expr").asString())));
                }
            }
        }
        return queries;
    }

    /**
     * What Grafana substitutes before a query reaches Prometheus: the application selector at "All" (a regex
     * matching every value) and the rate interval at a minute, long enough for several scrapes of the test's
     * Prometheus.
     */
    static String resolveVariables(String expr) {
        return expr.replace("$application", ".*").replace("$__rate_interval", "1m");
    }
}
