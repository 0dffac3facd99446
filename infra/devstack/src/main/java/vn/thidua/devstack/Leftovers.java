package vn.thidua.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The children of a launcher that was killed outright (SIGKILL, a closed laptop lid gone wrong) outlive it and keep
 * their ports. Each child is noted with its start time in the data folder; the next launcher, once it holds the
 * lock and so knows the previous one is gone, ends those still running. The start time guards against a pid that
 * the system has since given to an unrelated process.
 */
final class Leftovers {

    static final String FILE_NAME = "devstack.pids";
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private Leftovers() {
    }

    static void note(Path dataDir, String name, Process process) {
        Optional<Instant> started = process.info().startInstant();
        String line = process.pid() + " " + started.map(Instant::toEpochMilli).orElse(0L) + " " + name + "\n";
        try {
            Files.writeString(dataDir.resolve(FILE_NAME), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only the clean-up after a hard crash depends on it.
        }
    }

    /** Ends what a previous launcher left running and returns a line per process ended. */
    static List<String> endPrevious(Path dataDir, Duration grace) {
        Path file = dataDir.resolve(FILE_NAME);
        var ended = new ArrayList<String>();
        if (!Files.exists(file)) {
            return ended;
        }
        var leftovers = new ArrayList<ProcessHandle>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.trim().split(" ", 3);
                if (fields.length < 3) {
                    continue;
                }
                long pid = Long.parseLong(fields[0]);
                long started = Long.parseLong(fields[1]);
                Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process ->
                        process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
                if (handle.isPresent()) {
                    leftovers.add(handle.get());
                    ended.add(fields[2] + " (pid " + pid + ")");
                }
            }
            Files.delete(file);
        } catch (IOException | NumberFormatException e) {
            ended.add("(không đọc được " + file + ": " + e.getMessage() + ")");
        }
        end(leftovers, grace);
        return ended;
    }

    static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException ignored) {
            // A stale list is harmless: its pids are checked against their start times.
        }
    }

    /**
     * SIGTERM to all at once and one grace period for all together, then SIGKILL for the rest; returns only once
     * they are gone, so that the ports checked right after are really free.
     */
    private static void end(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        if (!waitForAll(processes, grace)) {
            processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            waitForAll(processes, KILL_WAIT);
        }
    }

    private static boolean waitForAll(List<ProcessHandle> processes, Duration timeout) {
        var exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException stillRunning) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
