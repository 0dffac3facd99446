package vn.thidua.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One process of the stack: how it is started, how its readiness is recognised, what it is called. */
abstract class Component {

    /** Applies to every Java child: small heaps and a quick-starting JIT, as 2 cores run seven JVMs at once. */
    static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    abstract String name();

    /** Components of one stage start in parallel; a stage starts once the previous one is ready. */
    abstract int stage();

    abstract List<PortSpec> ports();

    /** Where a developer reaches it, shown when it is ready. */
    abstract String address(StackContext context);

    /** Refuses early, before anything starts, when the build output the component runs from is missing. */
    void checkInstalled(StackContext context) {
    }

    /**
     * Called at every start, right before {@link #command}: writes what the process reads and returns a one-shot
     * command that must succeed before the process starts (formatting the broker's storage), if one is needed.
     */
    Optional<ProcessBuilder> preparation(StackContext context) {
        return Optional.empty();
    }

    abstract ProcessBuilder command(StackContext context);

    /** A fresh check for one wait for readiness; it is closed when the wait ends. */
    abstract Probes.Check readiness(StackContext context);

    /**
     * The address of a server of the developer's own that stands in for this component, which is then never
     * started (see {@link DevStack.Builder#external}).
     */
    Optional<String> external(StackContext context) {
        return Optional.empty();
    }

    /** Asks a server at {@link #external} once, before anything starts, whether it answers. */
    Probes.Check externalCheck(String address) {
        throw new UnsupportedOperationException(name() + " không dùng được máy chủ ngoài");
    }

    Duration pollInterval() {
        return Duration.ofMillis(200);
    }

    /**
     * @param target what to run: {@code -cp <class path> <main class>} or {@code -jar <jar>}
     */
    static List<String> java(StackContext context, List<String> jvmOptions, List<String> target,
                             List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(context.javaCommand());
        command.addAll(jvmOptions);
        command.addAll(SMALL_JVM);
        command.addAll(target);
        command.addAll(arguments);
        return command;
    }

    /** The slf4j-simple settings of the children, whose stderr is their log file. */
    static List<String> childLogging() {
        return List.of(
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.showShortLogName=true",
                "-Dorg.slf4j.simpleLogger.levelInBrackets=true");
    }

    /** Lets our own children end themselves should the launcher vanish without stopping them (SIGKILL). */
    static String parentWatch() {
        return "-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid();
    }

    static void requireFile(Path path, String what) {
        if (!Files.exists(path)) {
            throw missing(what, path.toString());
        }
    }

    static DevStackException missing(String what, String path) {
        return new DevStackException("Thiếu " + what + ": " + path
                + "\nBuild trước: ./mvnw -B -DskipTests package  (./run.sh tự build khi cần)");
    }
}
