package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack as {@code ./run.sh} starts it, real broker, Mongo server and issuer included; only the Spring Boot
 * applications are stand-ins (their jars are built by other modules), started with {@code java -jar} all the same.
 *
 * <p>One stack serves every test, which saves a start per test: the tests run in their {@link Order} and each one
 * relies on the state the previous ones left (a component stopped and started again, the broker's topic), the last
 * one closes the stack. Run alone, a test may fail for want of that state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevStackTest {

    @TempDir
    static Path tmp;

    private final List<String> output = TestSupport.lines();
    private DevStack stack;

    @BeforeAll
    void startTheStack() throws Exception {
        Path repo = TestSupport.fakeRepo(tmp.resolve("repo"), FakeApplication.class);
        stack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("data")).freePorts()
                .output(TestSupport.recorder(output)).build();
        stack.start();
    }

    @AfterAll
    void closeTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void startsEveryComponentInStagesAndSaysReady() {
        for (String name : stack.componentNames()) {
            assertTrue(stack.isRunning(name), name + " runs");
            assertTrue(Files.exists(stack.logFile(name)), name + " has its log");
        }
        assertEquals(List.of("mongo", "kafka", "issuer", "campaign-service", "nomination-service", "exemplar-service",
                "publication-service", "gateway"), stack.componentNames());
        String ready = output.stream().filter(line -> line.startsWith("READY ")).findFirst().orElseThrow();
        assertTrue(ready.startsWith("READY " + stack.gatewayUrl() + " ("), ready);
        assertTrue(indexOf("✓ campaign-service") < indexOf("… gateway"), "the gateway waits for the services");
        assertTrue(indexOf("✓ kafka") < indexOf("… campaign-service"), "the services wait for the broker");
        assertTrue(output.stream().anyMatch(line -> line.matches("  ✓ kafka +sẵn sàng sau \\d+,\\d s  \\(localhost:"
                + stack.port("kafka") + "\\)")), String.join("\n", output));
    }

    @Test
    @Order(2)
    void givesTheApplicationsTheirAddresses() throws Exception {
        String campaign = TestSupport.get("http://localhost:" + stack.port("campaign-service") + "/env").body();
        assertTrue(campaign.contains("SERVER_PORT=" + stack.port("campaign-service") + "\n"), campaign);
        assertTrue(campaign.contains("THIDUA_KAFKA_BOOTSTRAP=localhost:" + stack.port("kafka") + "\n"), campaign);
        assertTrue(campaign.contains("THIDUA_MONGODB_URI=mongodb://localhost:" + stack.port("mongo") + "\n"), campaign);
        assertTrue(campaign.contains("THIDUA_ISSUER_URI=http://localhost:" + stack.port("issuer") + "\n"), campaign);

        String gateway = TestSupport.get(stack.gatewayUrl() + "/env").body();
        assertTrue(gateway.contains("THIDUA_GATEWAY_MANAGEMENT_PORT=" + stack.port("gateway-management") + "\n"), gateway);
        assertTrue(gateway.contains("THIDUA_CAMPAIGN_SERVICE_URL=http://localhost:" + stack.port("campaign-service")),
                gateway);
        assertTrue(gateway.contains("THIDUA_PUBLICATION_SERVICE_URL=http://localhost:"
                + stack.port("publication-service")), gateway);

        String summary = Summary.text(stack);
        assertTrue(summary.contains("Kafka:    localhost:" + stack.port("kafka") + "\n"), summary);
        assertTrue(summary.contains("MongoDB:  mongodb://localhost:" + stack.port("mongo") + "\n"), summary);
    }

    @Test
    @Order(3)
    void runsAKraftBrokerThatCreatesTopicsOnRequestOnlyAndKeepsThemAcrossARestart() throws Exception {
        try (Admin admin = admin()) {
            assertEquals(1, admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId());
            var broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            var config = admin.describeConfigs(List.of(broker)).all().get(10, TimeUnit.SECONDS).get(broker);
            assertEquals("false", config.get("auto.create.topics.enable").value());
            admin.createTopics(List.of(new NewTopic("devstack.test", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        String clusterId = Files.readString(stack.dataDir().resolve("kafka/cluster-id")).trim();

        stack.stop("kafka");
        stack.start("kafka");

        assertEquals(clusterId, Files.readString(stack.dataDir().resolve("kafka/cluster-id")).trim());
        try (Admin admin = admin()) {
            assertEquals(clusterId, admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS));
            assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains("devstack.test"));
        }
    }

    @Test
    @Order(4)
    void restartsOneApplicationWithExtraEnvironment() throws Exception {
        stack.stop("publication-service");
        assertFalse(stack.isRunning("publication-service"));
        assertFalse(Probes.accepts(stack.port("publication-service")), "the port is free once stopped");

        stack.start("publication-service", Map.of("THIDUA_MESSAGING_OUTBOX_ENABLED", "false"));

        String env = TestSupport.get("http://localhost:" + stack.port("publication-service") + "/env").body();
        assertTrue(env.contains("THIDUA_MESSAGING_OUTBOX_ENABLED=false\n"), env);
        assertThrows(IllegalStateException.class, () -> stack.start("publication-service"));
    }

    @Test
    @Order(5)
    void killsLikeACrashAndStartsAgain() throws Exception {
        long pid = stack.pid("campaign-service").orElseThrow();

        stack.kill("campaign-service");

        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(stack.isRunning("campaign-service"));
        stack.start("campaign-service");
        assertEquals(200, TestSupport.get("http://localhost:" + stack.port("campaign-service") + "/env").statusCode());
    }

    @Test
    @Order(6)
    void reportsAComponentThatDiesWithTheEndOfItsLog() {
        stack.stop("publication-service");

        var failure = assertThrows(DevStackException.ComponentFailed.class,
                () -> stack.start("publication-service", Map.of("FAKE_FAIL", "cấu hình sai")));

        assertEquals("publication-service", failure.component());
        assertTrue(failure.getMessage().contains("boom: cấu hình sai"), failure.getMessage());
        assertTrue(failure.getMessage().contains(stack.logFile("publication-service").toString()));
        assertFalse(stack.isRunning("publication-service"));
        stack.start("publication-service");
    }

    @Test
    @Order(7)
    void refusesASecondLauncherOnTheSameDataFolder() throws Exception {
        Path log = tmp.resolve("second.log");
        Process second = TestSupport.java(Main.class.getName(), Map.of(), List.of(), log,
                "--data-dir=" + stack.dataDir());

        assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        assertEquals(Main.ALREADY_RUNNING, second.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("thidua đang chạy (pid " + ProcessHandle.current().pid() + ")"),
                Files.readString(log));
        assertTrue(Files.readString(log).contains("Ctrl-C"));
    }

    @Test
    @Order(8)
    void closeStopsEveryProcessAndFreesTheDataFolder() {
        var pids = new ArrayList<Long>();
        stack.componentNames().forEach(name -> pids.add(stack.pid(name).orElseThrow()));

        stack.close();

        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " stopped");
        }
        for (String port : Set.of("gateway", "gateway-management", "kafka", "mongo", "issuer")) {
            assertFalse(Probes.accepts(stack.port(port)), port + " closed");
        }
        DataDirLock.acquire(stack.dataDir()).close();
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
    }

    private int indexOf(String fragment) {
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + fragment + " in\n" + String.join("\n", output));
    }
}
