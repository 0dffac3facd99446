package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker from the Maven artifacts, broker and controller in one process (KRaft). The storage is
 * formatted once with a static voter set; the cluster id is kept beside it so that a restart finds its data.
 */
final class KafkaComponent extends Component {

    @Override
    String name() {
        return "kafka";
    }

    @Override
    int stage() {
        return 0;
    }

    @Override
    List<PortSpec> ports() {
        return List.of(DevStack.KAFKA, DevStack.KAFKA_CONTROLLER);
    }

    @Override
    String address(StackContext context) {
        return context.localKafkaBootstrap();
    }

    @Override
    void checkInstalled(StackContext context) {
        Path libs = libs(context);
        requireFile(libs, "thư viện của Kafka");
        try (var files = Files.list(libs)) {
            if (files.noneMatch(file -> file.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw missing("Kafka broker", libs.resolve("kafka_2.13-*.jar").toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    Optional<ProcessBuilder> preparation(StackContext context) {
        Path config = writeConfig(context);
        if (Files.exists(logDir(context).resolve("meta.properties"))) {
            return Optional.empty();
        }
        return Optional.of(jvm(context, "kafka.tools.StorageTool",
                List.of("format", "-t", clusterId(context), "-c", config.toString(), "--ignore-formatted")));
    }

    /** Runs on the configuration that {@link #preparation} has just written for this start. */
    @Override
    ProcessBuilder command(StackContext context) {
        return jvm(context, "kafka.Kafka", List.of(config(context).toString()));
    }

    @Override
    Probes.Check readiness(StackContext context) {
        return Probes.kafka(context.localKafkaBootstrap(), context.port(DevStack.KAFKA.name()), Probes.POLL_TIMEOUT);
    }

    @Override
    Optional<String> external(StackContext context) {
        return Optional.ofNullable(context.externalKafka());
    }

    @Override
    Probes.Check externalCheck(String address) {
        return Probes.kafka(address, Probes.NO_PORT, DevStack.EXTERNAL_PROBE_TIMEOUT);
    }

    private ProcessBuilder jvm(StackContext context, String mainClass, List<String> arguments) {
        var options = new ArrayList<>(List.of("-Xmx256m", "-Djava.awt.headless=true",
                // The full configuration dump (hundreds of lines per start) is in server.properties anyway.
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config.AbstractConfig=warn"));
        options.addAll(childLogging());
        String classpath = libs(context).resolve("*").toString();
        return new ProcessBuilder(java(context, options, List.of("-cp", classpath, mainClass), arguments))
                .directory(home(context).toFile());
    }

    static Path home(StackContext context) {
        return context.dataDir().resolve("kafka");
    }

    static Path logDir(StackContext context) {
        return home(context).resolve("data");
    }

    private static Path libs(StackContext context) {
        return context.devstackHome().resolve("kafka-libs");
    }

    private static Path config(StackContext context) {
        return home(context).resolve("server.properties");
    }

    /** Written at every start: the ports may differ from the last run, the data stays. */
    private static Path writeConfig(StackContext context) {
        int port = context.port(DevStack.KAFKA.name());
        int controllerPort = context.port(DevStack.KAFKA_CONTROLLER.name());
        var lines = List.of(
                "# Written by the devstack launcher at every start; edits are lost.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDir(context),
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                // One partition instead of 50: the first consumer group of the day is ready seconds sooner.
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            Files.createDirectories(home(context));
            Path config = config(context);
            Files.writeString(config, String.join("\n", lines), StandardCharsets.UTF_8);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id to format the storage with: the one an earlier format used when only the log folder was deleted. */
    static String clusterId(StackContext context) {
        Path file = home(context).resolve("cluster-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.createDirectories(home(context));
            Files.writeString(file, id + "\n");
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
