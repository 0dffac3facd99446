package vn.thidua.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything a component needs to know to build its command and check its readiness. */
record StackContext(Path repoRoot, Path devstackHome, Path dataDir, String targetDir, String javaCommand,
                    String launcherClasspath, Map<String, Integer> ports, List<Application> applications,
                    String externalKafka, String externalMongo) {

    int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("Không có cổng tên " + name + "; có: " + String.join(", ", ports.keySet()));
        }
        return port;
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    /** The broker the applications use: this stack's own, or the one named by {@code THIDUA_KAFKA_BOOTSTRAP}. */
    String kafkaBootstrap() {
        return externalKafka != null ? externalKafka : "localhost:" + port(DevStack.KAFKA.name());
    }

    /** The MongoDB the applications use: this stack's own, or the one named by {@code THIDUA_MONGODB_URI}. */
    String mongoUri() {
        return externalMongo != null ? externalMongo : "mongodb://localhost:" + port(DevStack.MONGO.name());
    }

    String issuerUrl() {
        return "http://localhost:" + port(DevStack.ISSUER.name());
    }

    String url(String portName) {
        return "http://localhost:" + port(portName);
    }

    /** The JVM that runs the launcher runs every child too, so the whole stack shares one Java installation. */
    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
