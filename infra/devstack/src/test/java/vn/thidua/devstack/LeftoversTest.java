package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void endsWhatAKilledLauncherLeftButNotAProcessThatMerelyGotItsPid() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "60").start();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Leftovers.note(tmp, "kafka", orphan);
            // The same pid with another start time: the system gave the pid to someone else meanwhile.
            Files.writeString(tmp.resolve(Leftovers.FILE_NAME), unrelated.pid() + " 12345 gateway\n",
                    java.nio.file.StandardOpenOption.APPEND);

            List<String> ended = Leftovers.endPrevious(tmp, Duration.ofSeconds(5));

            assertEquals(List.of("kafka (pid " + orphan.pid() + ")"), ended);
            assertTrue(orphan.waitFor(5, TimeUnit.SECONDS));
            assertTrue(unrelated.isAlive());
            assertFalse(Files.exists(tmp.resolve(Leftovers.FILE_NAME)));
        } finally {
            orphan.destroyForcibly();
            unrelated.destroyForcibly();
        }
    }

    @Test
    void givesAllLeftoversOneGracePeriodTogetherAndReturnsOnlyOnceTheyAreGone() throws Exception {
        List<Process> stubborn = List.of(ignoringSigterm(), ignoringSigterm());
        try {
            stubborn.forEach(process -> Leftovers.note(tmp, "kafka", process));

            Instant began = Instant.now();
            List<String> ended = Leftovers.endPrevious(tmp, Duration.ofSeconds(2));
            Duration took = Duration.between(began, Instant.now());

            assertEquals(2, ended.size(), ended.toString());
            for (Process process : stubborn) {
                assertFalse(ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false),
                        "pid " + process.pid() + " is gone when endPrevious returns, so its ports are free");
            }
            assertTrue(took.compareTo(Duration.ofMillis(3500)) < 0, "one grace period for all, not one each: " + took);
        } finally {
            stubborn.forEach(Process::destroyForcibly);
        }
    }

    /** Waits until the trap is set, so that SIGTERM really is ignored and only SIGKILL ends it. */
    private static Process ignoringSigterm() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.2; done")
                .redirectErrorStream(true).start();
        assertEquals("ready", new BufferedReader(new InputStreamReader(process.getInputStream())).readLine());
        return process;
    }
}
