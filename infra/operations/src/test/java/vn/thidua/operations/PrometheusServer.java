package vn.thidua.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A real Prometheus (Debian's {@code prometheus} binary) running infra/prometheus/prometheus.yml and its rules
 * against the one-command stack: the same jobs, labels and rule files, with each compose host name replaced by the
 * port the stack gave that application, and scrapes every two seconds so that rates exist within seconds.
 */
final class PrometheusServer implements AutoCloseable {

    static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final String url;
    private final Path logFile;

    private PrometheusServer(Process process, String url, Path logFile) {
        this.process = process;
        this.url = url;
        this.logFile = logFile;
    }

    /** @param portsByHost the port to scrape for each host name of the scrape config ({@code gateway} → its management port) */
    static PrometheusServer start(Path workDir, Map<String, Integer> portsByHost) throws IOException {
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, localConfig(portsByHost));
        int port = freePort();
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(executable(), "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var server = new PrometheusServer(process, "http://127.0.0.1:" + port, log);
        server.awaitReady();
        return server;
    }

    static String localConfig(Map<String, Integer> portsByHost) throws IOException {
        var yaml = YAMLMapper.builder().build();
        Path source = Repository.file("infra/prometheus");
        var config = (ObjectNode) yaml.readTree(source.resolve("prometheus.yml").toFile());
        var global = (ObjectNode) config.get("global");
        global.put("scrape_interval", SCRAPE_INTERVAL.toSeconds() + "s");
        global.put("evaluation_interval", SCRAPE_INTERVAL.toSeconds() + "s");
        var ruleFiles = (ArrayNode) config.get("rule_files");
        for (int i = 0; i < ruleFiles.size(); i++) {
            ruleFiles.set(i, source.resolve(ruleFiles.get(i).asString()).toString());
        }
        for (JsonNode job : config.get("scrape_configs")) {
            for (JsonNode group : job.path("static_configs")) {
                var targets = (ArrayNode) group.get("targets");
                for (int i = 0; i < targets.size(); i++) {
                    String host = targets.get(i).asString().split(":")[0];
                    if (job.path("job_name").asString().equals("thidua")) {
                        Integer port = portsByHost.get(host);
                        if (port == null) {
                            throw new IllegalStateException("the stack has no application " + host);
                        }
                        targets.set(i, "127.0.0.1:" + port);
                    }
                }
            }
        }
        // Prometheus scraping itself would need its own port here; the dashboards do not read it.
        var jobs = (ArrayNode) config.get("scrape_configs");
        for (int i = jobs.size() - 1; i >= 0; i--) {
            if (!jobs.get(i).path("job_name").asString().equals("thidua")) {
                jobs.remove(i);
            }
        }
        return yaml.writeValueAsString(config);
    }

    /** The result of an instant query: its series (one entry per series of a vector). */
    List<JsonNode> query(String promql) {
        JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (!answer.path("status").asString().equals("success")) {
            throw new IllegalStateException("Prometheus refused " + promql + ": " + answer);
        }
        JsonNode data = answer.path("data");
        if (!data.path("resultType").asString().equals("vector")) {
            throw new IllegalStateException(promql + " is a " + data.path("resultType").asString() + ", not a vector");
        }
        return data.path("result").valueStream().toList();
    }

    JsonNode get(String path) {
        var request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus stopped at start-up:\n" + log());
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(url + "/-/ready")).timeout(Duration.ofSeconds(2)).build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(250);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Prometheus was not ready within 60 s:\n" + log());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String executable() {
        String promtool = Promtool.executable();
        Path prometheus = Path.of(promtool).resolveSibling("prometheus");
        if (!Files.isExecutable(prometheus)) {
            throw new AssertionError("prometheus is not installed beside promtool: install Debian's prometheus package");
        }
        return prometheus.toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
