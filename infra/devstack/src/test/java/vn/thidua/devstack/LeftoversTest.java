package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
}
