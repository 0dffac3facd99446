package vn.thidua.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Prometheus (Debian's {@code prometheus} binary, not bundled) running the repository's own monitoring
 * configuration, infra/prometheus, against this stack: the same job, labels, recording rules and alerts as in
 * docker-compose, with each compose host name replaced by the port this stack gave that application, and a scrape
 * every few seconds so that rates and alerts move while one watches. Started only with {@code --prometheus=true}.
 */
final class PrometheusComponent extends Component {

    static final String NAME = "prometheus";
    static final String SCRAPE_INTERVAL = "5s";

    @Override
    String name() {
        return NAME;
    }

    /** After the gateway: it watches the applications, nothing waits for it. */
    @Override
    int stage() {
        return Application.GATEWAY_STAGE + 1;
    }

    @Override
    List<PortSpec> ports() {
        return List.of(DevStack.PROMETHEUS);
    }

    @Override
    String address(StackContext context) {
        return context.url(NAME);
    }

    @Override
    void checkInstalled(StackContext context) {
        executable();
        requireFile(configSource(context), "cấu hình Prometheus của kho mã");
    }

    @Override
    Optional<ProcessBuilder> preparation(StackContext context) {
        try {
            Path home = Files.createDirectories(home(context));
            Files.writeString(home.resolve("prometheus.yml"), localConfig(context));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    @Override
    ProcessBuilder command(StackContext context) {
        return new ProcessBuilder(executable().toString(),
                "--config.file=" + home(context).resolve("prometheus.yml"),
                "--storage.tsdb.path=" + home(context).resolve("data"),
                "--web.listen-address=127.0.0.1:" + context.ports().get(NAME));
    }

    @Override
    Probes.Check readiness(StackContext context) {
        return Probes.http200(context.url(NAME) + "/-/ready");
    }

    /** infra/prometheus/prometheus.yml with this stack's addresses and absolute rule file paths. */
    static String localConfig(StackContext context) {
        Path source = configSource(context);
        var yaml = YAMLMapper.builder().build();
        var config = (ObjectNode) yaml.readTree(source.toFile());
        var global = (ObjectNode) config.get("global");
        global.put("scrape_interval", SCRAPE_INTERVAL);
        global.put("evaluation_interval", SCRAPE_INTERVAL);
        var ruleFiles = (ArrayNode) config.get("rule_files");
        for (int i = 0; i < ruleFiles.size(); i++) {
            ruleFiles.set(i, source.resolveSibling(ruleFiles.get(i).asString()).toString());
        }
        Map<String, Integer> ports = scrapePorts(context);
        for (JsonNode job : config.get("scrape_configs")) {
            for (JsonNode group : job.path("static_configs")) {
                var targets = (ArrayNode) group.get("targets");
                for (int i = 0; i < targets.size(); i++) {
                    String host = targets.get(i).asString().split(":")[0];
                    int port = host.equals("localhost") ? context.ports().get(NAME) : portOf(ports, host);
                    targets.set(i, "127.0.0.1:" + port);
                }
            }
        }
        return yaml.writeValueAsString(config);
    }

    /** Each application's name, which is its host name in compose, and the port its actuator answers on here. */
    private static Map<String, Integer> scrapePorts(StackContext context) {
        var ports = new HashMap<String, Integer>();
        for (Application application : Applications.ALL) {
            ports.put(application.name(), context.ports().get(application.actuatorPort().name()));
        }
        return ports;
    }

    private static int portOf(Map<String, Integer> ports, String host) {
        Integer port = ports.get(host);
        if (port == null) {
            throw new DevStackException("infra/prometheus/prometheus.yml lấy số đo của " + host
                    + ", nhưng stack không có ứng dụng này; có: " + String.join(", ", ports.keySet()));
        }
        return port;
    }

    private static Path configSource(StackContext context) {
        return context.repoRoot().resolve("infra/prometheus/prometheus.yml");
    }

    private static Path home(StackContext context) {
        return context.dataDir().resolve(NAME);
    }

    /** The binary from the PATH; the stack does not bundle Prometheus, Debian packages it. */
    static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "prometheus");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new DevStackException("Không tìm thấy lệnh prometheus (--prometheus=true cần nó). Cài: "
                + "sudo apt-get install prometheus, hoặc chạy không có --prometheus.");
    }
}
