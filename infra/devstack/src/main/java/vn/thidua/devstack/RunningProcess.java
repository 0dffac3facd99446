package vn.thidua.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child process of the stack and the way it is ended: politely first, then for sure, its descendants included. */
final class RunningProcess {

    private final String name;
    private final Process process;
    private final Path log;
    private volatile boolean ending;

    RunningProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    String name() {
        return name;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** True once the stack itself has asked the process to end, so its exit is no surprise. */
    boolean ending() {
        return ending;
    }

    /** SIGTERM, so that the broker, the Mongo server and Spring close their files; SIGKILL after {@code grace}. */
    Duration stop(Duration grace) {
        ending = true;
        Instant began = Instant.now();
        // Taken before the parent dies: orphans are re-parented and would no longer be found as descendants.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!waitFor(process.toHandle(), grace)) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(process.toHandle(), Duration.ofSeconds(10));
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroy();
                if (!waitFor(descendant, Duration.ofSeconds(5))) {
                    descendant.destroyForcibly();
                    waitFor(descendant, Duration.ofSeconds(5));
                }
            }
        }
        return Duration.between(began, Instant.now());
    }

    /** SIGKILL at once, as a crash: nothing is flushed or closed. */
    void kill() {
        ending = true;
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        waitFor(process.toHandle(), Duration.ofSeconds(10));
        descendants.forEach(descendant -> waitFor(descendant, Duration.ofSeconds(5)));
    }

    private static boolean waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
