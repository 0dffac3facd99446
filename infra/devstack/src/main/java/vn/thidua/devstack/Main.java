package vn.thidua.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: the whole stack in the foreground until Ctrl-C. Exit codes: 1 a component failed, 2 invalid
 * options, 3 another launcher already runs on the data folder, 4 a port is taken by another program.
 */
public final class Main {

    static final int FAILED = 1;
    static final int INVALID_OPTIONS = 2;
    static final int ALREADY_RUNNING = 3;
    static final int PORT_IN_USE = 4;
    static final String BUILD_OUTPUTS = "--build-outputs";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLibraries();
        Path repoRoot = repoRoot();
        if (args.length == 1 && args[0].equals(BUILD_OUTPUTS)) {
            buildOutputs().forEach(System.out::println);
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(System.getenv(), List.of(args), repoRoot);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(INVALID_OPTIONS);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.usage());
            return;
        }

        DevStack stack = DevStack.builder(repoRoot).options(options).output(System.out::println).build();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "thidua-stop"));
        try {
            stack.start();
        } catch (DevStackException.Aborted stoppedMeanwhile) {
            stopped.await();
            return;
        } catch (DevStackException.AlreadyRunning e) {
            System.err.println(e.getMessage());
            System.exit(ALREADY_RUNNING);
        } catch (DevStackException.PortInUse e) {
            System.err.println(e.getMessage());
            System.exit(PORT_IN_USE);
        } catch (RuntimeException e) {
            System.err.println();
            // A DevStackException's message is written for the console; anything else needs its type to make sense.
            System.err.println("Không khởi động được thidua: " + (e instanceof DevStackException ? e.getMessage() : e));
            System.exit(FAILED);
        }
        System.out.println(Summary.text(stack));
        stopped.await();
    }

    /**
     * What ./run.sh checks before it starts us: the files the stack runs from, relative to the checkout, so that the
     * application table stays in one place ({@link Applications}) and a new service's jar is checked once listed.
     */
    static List<String> buildOutputs() {
        String target = System.getProperty("thidua.target", "target");
        String home = "infra/devstack/" + target + "/";
        var outputs = new java.util.ArrayList<>(List.of(home + "devstack.jar", home + "lib", home + "kafka-libs"));
        for (Application application : Applications.ALL) {
            outputs.add(application.moduleDir() + "/" + target + "/" + application.jarName());
        }
        return outputs;
    }

    /** Kafka's and MongoDB's clients, used here only for readiness checks, would otherwise chat on the console. */
    private static void quietLibraries() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka",
                System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error"));
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver",
                System.getProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "error"));
    }

    /** The checkout the launcher was built in: infra/devstack/<target>/devstack.jar is three levels below it. */
    static Path repoRoot() {
        String explicit = System.getProperty("thidua.repo");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra/devstack"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | RuntimeException notFound) {
            // Fall back to the working directory, where run.sh puts us anyway.
        }
        return Path.of("").toAbsolutePath();
    }
}
