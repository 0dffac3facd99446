package vn.thidua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.thidua.devstack.DevStack;

/**
 * The whole suite as {@code ./run.sh} starts it (same launcher, same jars), on free ports and a temporary data
 * folder, once per test JVM. Tests that stop a component start it again before they finish.
 */
final class E2eStack {

    private static DevStack stack;
    private static Path dataDir;
    private static Map<String, Integer> ports;

    private E2eStack() {
    }

    static synchronized DevStack get() {
        if (stack == null) {
            try {
                dataDir = Files.createTempDirectory("thidua-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // The demo data loads as on a first ./run.sh: the tests prove it loads, and run beside it.
            stack = DevStack.builder(repoRoot()).dataDir(dataDir).freePorts().timeout(Duration.ofMinutes(3))
                    .demoData(true).output(line -> System.out.println("[devstack] " + line)).build();
            Runtime.getRuntime().addShutdownHook(new Thread(E2eStack::close));
            stack.start();
            ports = stack.ports();
        }
        return stack;
    }

    /** A client of the running stack's gateway, with tokens from its issuer. */
    static Api api() {
        DevStack running = get();
        return new Api(running.gatewayUrl(), running.issuerUrl());
    }

    /** Stops every process and starts the stack again on the same ports and data, as a second ./run.sh would. */
    static synchronized DevStack restartAll() {
        get().close();
        stack = DevStack.builder(repoRoot()).dataDir(dataDir).ports(ports).timeout(Duration.ofMinutes(3))
                .demoData(true).output(line -> System.out.println("[devstack] " + line)).build();
        stack.start();
        return stack;
    }

    private static synchronized void close() {
        if (stack != null) {
            stack.close();
        }
    }

    /** The checkout under test: the launcher finds the jars there, and the tests the README's example files. */
    static Path repoRoot() {
        return Path.of(System.getProperty("thidua.repo.root", "..")).toAbsolutePath().normalize();
    }
}
