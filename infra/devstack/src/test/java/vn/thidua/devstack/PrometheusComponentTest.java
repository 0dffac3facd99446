package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The repository's scrape config, turned into one for this stack's ports. */
class PrometheusComponentTest {

    @Test
    void pointsEveryComposeHostAtThePortTheStackGaveItsActuatorAndKeepsTheRules() {
        Map<String, Integer> ports = new HashMap<>();
        int next = 20_000;
        for (PortSpec spec : DevStack.PORT_SPECS) {
            ports.put(spec.name(), next++);
        }
        var context = new StackContext(TestSupport.repoRoot(), TestSupport.home(), Path.of("/tmp/unused"), "target",
                "java", "", Map.copyOf(ports), null, null);

        JsonNode config = YAMLMapper.builder().build().readTree(PrometheusComponent.localConfig(context));

        Set<String> targets = new HashSet<>();
        Map<String, String> applicationByTarget = new HashMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            for (JsonNode group : job.path("static_configs")) {
                for (JsonNode target : group.path("targets")) {
                    targets.add(target.asString());
                    applicationByTarget.put(target.asString(), group.path("labels").path("application").asString());
                }
            }
        }
        for (Application application : Applications.ALL) {
            PortSpec actuator = application.actuatorPort();
            String target = "127.0.0.1:" + ports.get(actuator.name());
            assertTrue(targets.contains(target), application.name() + " scraped at " + target + ": " + targets);
            assertEquals(application.name(), applicationByTarget.get(target));
        }
        assertTrue(targets.contains("127.0.0.1:" + ports.get("prometheus")), "Prometheus scrapes itself");
        assertFalse(targets.stream().anyMatch(t -> !t.startsWith("127.0.0.1:")), "no compose host name left");
        assertEquals("5s", config.path("global").path("scrape_interval").asString());
        for (JsonNode rules : config.path("rule_files")) {
            Path file = Path.of(rules.asString());
            assertTrue(file.isAbsolute() && Files.isRegularFile(file), "rule file " + file);
        }
        assertEquals(2, config.path("rule_files").size());
    }
}
