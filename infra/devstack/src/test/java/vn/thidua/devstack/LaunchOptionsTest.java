package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private static final Path REPO = Path.of("/work/thidua");

    @Test
    void defaultsToTheReservedPortsAndTheRepositorysDataFolder() {
        var options = LaunchOptions.parse(Map.of(), List.of(), REPO);

        assertEquals(Map.ofEntries(Map.entry("gateway", 8080), Map.entry("gateway-management", 8090),
                Map.entry("campaign-service", 8081), Map.entry("nomination-service", 8082),
                Map.entry("exemplar-service", 8083), Map.entry("publication-service", 8084), Map.entry("issuer", 9000),
                Map.entry("kafka", 9092), Map.entry("kafka-controller", 9093), Map.entry("mongo", 27017),
                Map.entry("prometheus", 9090)), options.ports());
        assertEquals(REPO.resolve(".data"), options.dataDir());
        assertEquals(Duration.ofSeconds(120), options.timeout());
        assertEquals(Set.of(), options.without());
        assertNull(options.kafkaBootstrap(), "the stack starts its own broker");
        assertNull(options.mongoUri(), "the stack starts its own Mongo server");
        assertTrue(options.demoData(), "demo data is loaded unless switched off");
        assertFalse(options.prometheus(), "Prometheus runs only when asked for");
    }

    @Test
    void switchesDemoDataOffByVariableOrFlag() {
        assertFalse(LaunchOptions.parse(Map.of("THIDUA_DEMO_DATA", "false"), List.of(), REPO).demoData());
        assertFalse(LaunchOptions.parse(Map.of(), List.of("--demo-data=FALSE"), REPO).demoData());
        assertTrue(LaunchOptions.parse(Map.of("THIDUA_DEMO_DATA", "false"), List.of("--demo-data=true"), REPO)
                .demoData());
        assertMessage("THIDUA_DEMO_DATA / --demo-data", Map.of("THIDUA_DEMO_DATA", "no"), List.of());
    }

    @Test
    void runsPrometheusOnlyWhenAskedByVariableOrFlag() {
        assertFalse(LaunchOptions.parse(Map.of(), List.of(), REPO).prometheus(), "off unless asked for");
        assertTrue(LaunchOptions.parse(Map.of("THIDUA_PROMETHEUS", "true"), List.of(), REPO).prometheus());
        assertTrue(LaunchOptions.parse(Map.of(), List.of("--prometheus=TRUE"), REPO).prometheus());
        assertFalse(LaunchOptions.parse(Map.of("THIDUA_PROMETHEUS", "true"), List.of("--prometheus=false"), REPO)
                .prometheus());
        assertEquals(9090, LaunchOptions.parse(Map.of(), List.of(), REPO).ports().get("prometheus"));
        assertMessage("THIDUA_PROMETHEUS / --prometheus", Map.of(), List.of("--prometheus=yes"));
        assertTrue(LaunchOptions.usage().contains("THIDUA_PROMETHEUS"));
    }

    @Test
    void takesExternalServersFromVariablesAndLetsFlagsWin() {
        var fromEnvironment = LaunchOptions.parse(Map.of("THIDUA_KAFKA_BOOTSTRAP", " kafka.lan:9092,kafka2.lan:9092 ",
                "THIDUA_MONGODB_URI", "mongodb://db.lan:27017/thidua"), List.of(), REPO);
        assertEquals("kafka.lan:9092,kafka2.lan:9092", fromEnvironment.kafkaBootstrap());
        assertEquals("mongodb://db.lan:27017/thidua", fromEnvironment.mongoUri());

        var flagsWin = LaunchOptions.parse(Map.of("THIDUA_KAFKA_BOOTSTRAP", "kafka.lan:9092",
                        "THIDUA_MONGODB_URI", "mongodb://db.lan:27017"),
                List.of("--kafka-bootstrap=localhost:19092", "--mongodb-uri=mongodb://localhost:37017"), REPO);
        assertEquals("localhost:19092", flagsWin.kafkaBootstrap());
        assertEquals("mongodb://localhost:37017", flagsWin.mongoUri());

        var blankFlagStartsOurOwn = LaunchOptions.parse(Map.of("THIDUA_KAFKA_BOOTSTRAP", "kafka.lan:9092"),
                List.of("--kafka-bootstrap="), REPO);
        assertNull(blankFlagStartsOurOwn.kafkaBootstrap());
        assertNull(LaunchOptions.parse(Map.of("THIDUA_MONGODB_URI", "  "), List.of(), REPO).mongoUri());
    }

    @Test
    void refusesExternalAddressesThatCannotBeOneNamingTheSetting() {
        assertMessage("THIDUA_KAFKA_BOOTSTRAP / --kafka-bootstrap", Map.of("THIDUA_KAFKA_BOOTSTRAP", "localhost"),
                List.of());
        assertMessage("--kafka-bootstrap", Map.of(), List.of("--kafka-bootstrap=localhost:9092,:9093"));
        assertMessage("--kafka-bootstrap", Map.of(), List.of("--kafka-bootstrap=localhost:99999"));
        assertMessage("THIDUA_MONGODB_URI / --mongodb-uri", Map.of(), List.of("--mongodb-uri=localhost:27017"));
        var secret = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(
                Map.of("THIDUA_MONGODB_URI", "mongo://thidua:hunter2@db.lan:27017"), List.of(), REPO));
        assertFalse(secret.getMessage().contains("hunter2"), secret.getMessage());
    }

    @Test
    void takesEnvironmentVariablesAndLetsFlagsWin() {
        var options = LaunchOptions.parse(
                Map.of("THIDUA_GATEWAY_PORT", "18080", "THIDUA_KAFKA_PORT", "19092", "THIDUA_DATA_DIR", "/srv/thidua",
                        "THIDUA_KAFKA_CONTROLLER_PORT", "19093", "THIDUA_STARTUP_TIMEOUT", "300"),
                List.of("--kafka-port=29092", "--mongo-port=37017", "--without=gateway,publication-service"), REPO);

        assertEquals(18080, options.ports().get("gateway"));
        assertEquals(29092, options.ports().get("kafka"));
        assertEquals(19093, options.ports().get("kafka-controller"));
        assertEquals(37017, options.ports().get("mongo"));
        assertEquals(8090, options.ports().get("gateway-management"));
        assertEquals(Path.of("/srv/thidua"), options.dataDir());
        assertEquals(Duration.ofSeconds(300), options.timeout());
        assertEquals(Set.of("gateway", "publication-service"), options.without());
    }

    @Test
    void everyPortHasAVariableAndAMatchingFlag() {
        for (PortSpec spec : DevStack.PORT_SPECS) {
            var options = LaunchOptions.parse(Map.of(spec.variable(), "40001"), List.of(), REPO);
            assertEquals(40001, options.ports().get(spec.name()), spec.variable());
            options = LaunchOptions.parse(Map.of(), List.of(spec.flag() + "=40002"), REPO);
            assertEquals(40002, options.ports().get(spec.name()), spec.flag());
        }
        assertEquals("--gateway-management-port", new PortSpec("x", "THIDUA_GATEWAY_MANAGEMENT_PORT", 1).flag());
    }

    @Test
    void refusesInvalidValuesNamingThem() {
        assertMessage("THIDUA_ISSUER_PORT / --issuer-port", Map.of("THIDUA_ISSUER_PORT", "nine"), List.of());
        assertMessage("--mongo-port", Map.of(), List.of("--mongo-port=70000"));
        assertMessage("Cổng 9092 được đặt cho cả mongo và kafka", Map.of(), List.of("--mongo-port=9092"));
        assertMessage("--data-port=1", Map.of(), List.of("--data-port=1"));
        assertMessage("--without: không có thành phần postgres", Map.of(), List.of("--without=postgres"));
        assertMessage("--timeout", Map.of(), List.of("--timeout=-5"));
        assertMessage("--gateway-port", Map.of(), List.of("--gateway-port"));
    }

    @Test
    void recognisesHelp() {
        assertTrue(LaunchOptions.parse(Map.of(), List.of("--help"), REPO).help());
        assertTrue(LaunchOptions.usage().contains("THIDUA_GATEWAY_MANAGEMENT_PORT"));
        for (String external : List.of("--kafka-bootstrap=", "THIDUA_KAFKA_BOOTSTRAP", "--mongodb-uri=",
                "THIDUA_MONGODB_URI")) {
            assertTrue(LaunchOptions.usage().contains(external), external);
        }
    }

    private static void assertMessage(String expected, Map<String, String> environment, List<String> arguments) {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(environment, arguments, REPO));
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }
}
