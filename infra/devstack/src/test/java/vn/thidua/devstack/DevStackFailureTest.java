package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedStartStopsWhatWasStartedAndNamesTheCulprit() throws Exception {
        Path repo = TestSupport.fakeRepo(tmp.resolve("repo"), CrashingApplication.class);
        var output = TestSupport.lines();
        var stack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("data")).freePorts()
                .without("mongo", "kafka", "publication-service").output(TestSupport.recorder(output)).build();

        var failure = assertThrows(DevStackException.ComponentFailed.class, stack::start);

        assertEquals("gateway", failure.component());
        assertTrue(failure.getMessage().contains("boom: cấu hình sai"), failure.getMessage());
        assertTrue(failure.getMessage().contains(tmp.resolve("data/logs/gateway.log").toString()), failure.getMessage());
        assertFalse(Probes.accepts(stack.port("issuer")), "the issuer was stopped again");
        assertFalse(Probes.accepts(stack.port("campaign-service")), "the service was stopped again");
        assertTrue(output.stream().anyMatch(line -> line.contains("■ campaign-service")), String.join("\n", output));
        assertFalse(output.stream().anyMatch(line -> line.startsWith("READY")));
    }

    @Test
    void aComponentThatNeverBecomesReadyTimesOutAndIsStopped() throws Exception {
        Path repo = TestSupport.fakeRepo(tmp.resolve("repo"), FakeApplication.class);
        var output = TestSupport.lines();
        try (var stack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("data"))
                .freePorts().timeout(Duration.ofSeconds(4)).output(TestSupport.recorder(output)).build()) {

            var failure = assertThrows(DevStackException.ComponentFailed.class,
                    () -> stack.start("campaign-service", Map.of("FAKE_NEVER_READY", "1")));

            assertTrue(failure.getMessage().contains("chưa sẵn sàng sau 4 s"), failure.getMessage());
            assertFalse(stack.isRunning("campaign-service"));
            assertFalse(Probes.accepts(stack.port("campaign-service")));
        }
    }

    @Test
    void refusesToStartWhenAPortIsTakenNamingTheComponentAndTheVariable() throws Exception {
        try (var taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Path log = tmp.resolve("main.log");
            Process main = TestSupport.java(Main.class.getName(), Map.of(), List.of(), log,
                    "--data-dir=" + tmp.resolve("data"), "--without=campaign-service,publication-service,gateway",
                    "--mongo-port=" + port, "--kafka-port=" + TestSupport.freePort(),
                    "--kafka-controller-port=" + TestSupport.freePort(), "--issuer-port=" + TestSupport.freePort());

            assertTrue(main.waitFor(30, TimeUnit.SECONDS));
            String text = Files.readString(log);
            assertEquals(Main.PORT_IN_USE, main.exitValue(), text);
            assertTrue(text.contains("Cổng " + port + " (mongo)"), text);
            assertTrue(text.contains("THIDUA_MONGO_PORT="), text);
            assertTrue(text.contains("--mongo-port="), text);
            assertFalse(Files.exists(tmp.resolve("data/logs/mongo.log")), "nothing was started");
        }
    }

    @Test
    void refusesMissingBuildOutputBeforeStartingAnything() {
        var stack = DevStack.builder(tmp.resolve("empty-repo")).devstackHome(TestSupport.home())
                .dataDir(tmp.resolve("data")).freePorts().output(line -> { }).build();

        var failure = assertThrows(DevStackException.class, stack::start);

        assertTrue(failure.getMessage().contains("campaign-service.jar"), failure.getMessage());
        assertTrue(failure.getMessage().contains("./mvnw -B -DskipTests package"), failure.getMessage());
        assertFalse(Files.exists(tmp.resolve("data/logs")));
    }

    @Test
    void rejectsInvalidOptionsWithExitCode2() throws Exception {
        Path log = tmp.resolve("main.log");
        Process main = TestSupport.java(Main.class.getName(), Map.of(), List.of(), log, "--gateway-port=http");

        assertTrue(main.waitFor(30, TimeUnit.SECONDS));
        assertEquals(Main.INVALID_OPTIONS, main.exitValue());
        assertTrue(Files.readString(log).contains("THIDUA_GATEWAY_PORT / --gateway-port"), Files.readString(log));
    }
}
