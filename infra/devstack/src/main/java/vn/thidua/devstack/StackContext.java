package vn.thidua.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a component needs to know to build its command and check its readiness.
 *
 * @param externalKafka a broker of the developer's own, or null to start the stack's
 * @param externalMongo a MongoDB of the developer's own, or null to start the stack's
 */
record StackContext(Path repoRoot, Path devstackHome, Path dataDir, String targetDir, String javaCommand,
                    String launcherClasspath, Map<String, Integer> ports, String externalKafka, String externalMongo) {

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

    /** The broker the applications use: the external one when set, else this stack's own. */
    String kafkaBootstrap() {
        return externalKafka != null ? externalKafka : localKafkaBootstrap();
    }

    /** The MongoDB the applications use: the external one when set, else this stack's own. */
    String mongoUri() {
        return externalMongo != null ? externalMongo : localMongoUri();
    }

    /** This stack's own broker, whatever the applications use. */
    String localKafkaBootstrap() {
        return "localhost:" + port(DevStack.KAFKA.name());
    }

    /** This stack's own Mongo server, whatever the applications use. */
    String localMongoUri() {
        return "mongodb://localhost:" + port(DevStack.MONGO.name());
    }

    String issuerUrl() {
        return "http://localhost:" + port(DevStack.ISSUER.name());
    }

    String url(String portName) {
        return "http://localhost:" + port(portName);
    }

    /** An address as it may be printed: a MongoDB URI's password is left out of the console. */
    static String shown(String address) {
        return address.replaceFirst("^([a-z+]+://[^/@:]*:)[^/@]*@", "$1***@");
    }

    /** The JVM that runs the launcher runs every child too, so the whole stack shares one Java installation. */
    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
