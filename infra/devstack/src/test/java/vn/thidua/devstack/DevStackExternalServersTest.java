package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker and a MongoDB of one's own instead of the stack's: here the real ones of a second stack that the test
 * starts itself, on a data folder of their own, which the stack under test must use but never start or stop.
 */
class DevStackExternalServersTest {

    @TempDir
    Path tmp;

    @Test
    void handsTheExternalServersToTheApplicationsAndStartsNeitherBrokerNorMongo() throws Exception {
        try (DevStack servers = TestSupport.only(tmp.resolve("servers"), TestSupport.lines(), "mongo", "kafka")
                .build()) {
            servers.start();
            String kafka = "localhost:" + servers.port("kafka");
            String mongo = "mongodb://localhost:" + servers.port("mongo");
            Path repo = TestSupport.fakeRepo(tmp.resolve("repo"), FakeApplication.class);
            var output = TestSupport.lines();

            try (DevStack stack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("data"))
                    .freePorts().external(kafka, mongo).output(TestSupport.recorder(output)).build()) {
                stack.start();

                for (String application : List.of("campaign-service", "nomination-service", "exemplar-service",
                        "publication-service", "gateway")) {
                    String env = TestSupport.get("http://localhost:" + stack.port(application) + "/env").body();
                    assertTrue(env.contains("THIDUA_KAFKA_BOOTSTRAP=" + kafka + "\n"), application + ":\n" + env);
                    assertTrue(env.contains("THIDUA_MONGODB_URI=" + mongo + "\n"), application + ":\n" + env);
                }
                assertEquals(kafka, stack.kafkaBootstrap());
                assertEquals(mongo, stack.mongoUri());
                assertFalse(stack.isRunning("kafka"));
                assertFalse(stack.isRunning("mongo"));
                assertTrue(stack.isRunning("issuer"));
                assertFalse(Files.exists(stack.logFile("kafka")), "the broker was never started");
                assertFalse(Files.exists(stack.logFile("mongo")), "the Mongo server was never started");

                var refused = assertThrows(IllegalStateException.class, () -> stack.start("kafka"));
                assertTrue(refused.getMessage().contains("máy chủ ngoài " + kafka), refused.getMessage());
                assertThrows(IllegalStateException.class,
                        () -> stack.start("mongo", Map.of("THIDUA_PROFILE", "dev")));
                assertThrows(IllegalStateException.class, () -> stack.restart("kafka", Map.of()));
                assertFalse(stack.isRunning("kafka"));
                assertFalse(stack.isRunning("mongo"));

                String startLine = output.stream().filter(line -> line.startsWith("thidua: khởi động ")).findFirst()
                        .orElseThrow();
                assertTrue(startLine.startsWith("thidua: khởi động 6 thành phần;"), startLine);
                assertTrue(startLine.endsWith("; dùng máy chủ ngoài: mongo " + mongo + ", kafka " + kafka), startLine);
                String summary = Summary.text(stack);
                assertTrue(summary.contains("Kafka:    " + kafka + "  (máy chủ ngoài)\n"), summary);
                assertTrue(summary.contains("MongoDB:  " + mongo + "  (máy chủ ngoài)\n"), summary);
            }

            assertTrue(servers.isRunning("kafka") && servers.isRunning("mongo"),
                    "closing the stack leaves the external servers alone");
        }
    }

    @Test
    void refusesAnExternalServerThatDoesNotAnswerNamingItsAddressBeforeStartingAnything() throws Exception {
        Path repo = TestSupport.fakeRepo(tmp.resolve("repo"), FakeApplication.class);
        String kafka = "localhost:" + TestSupport.freePort();
        String mongo = "mongodb://thidua:hunter2@localhost:" + TestSupport.freePort() + "/thidua";

        var kafkaStack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("kafka-data"))
                .freePorts().external(kafka, null).output(line -> { }).build();
        var kafkaFailure = assertThrows(DevStackException.ComponentFailed.class, kafkaStack::start);
        assertEquals("kafka", kafkaFailure.component());
        assertTrue(kafkaFailure.getMessage().contains("máy chủ ngoài " + kafka), kafkaFailure.getMessage());
        assertFalse(Files.exists(tmp.resolve("kafka-data/logs")), "nothing was started");

        var mongoOutput = TestSupport.lines();
        var mongoStack = DevStack.builder(repo).devstackHome(TestSupport.home()).dataDir(tmp.resolve("mongo-data"))
                .freePorts().external(null, mongo).output(TestSupport.recorder(mongoOutput)).build();
        var mongoFailure = assertThrows(DevStackException.ComponentFailed.class, mongoStack::start);
        assertEquals("mongo", mongoFailure.component());
        String shown = mongo.replace("hunter2", "***");
        assertTrue(mongoFailure.getMessage().contains("máy chủ ngoài " + shown), mongoFailure.getMessage());
        assertFalse(mongoFailure.getMessage().contains("hunter2"), "the password stays off the console");
        assertFalse(String.join("\n", mongoOutput).contains("hunter2"), String.join("\n", mongoOutput));
        assertFalse(Files.exists(tmp.resolve("mongo-data/logs")), "nothing was started");
        DataDirLock.acquire(tmp.resolve("mongo-data")).close();
    }
}
