package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path tmp;

    @Test
    void onlyOneHolderPerDataFolderWhichCanTakeItAgainAfterRelease() throws Exception {
        try (var held = DataDirLock.acquire(tmp)) {
            assertEquals(String.valueOf(ProcessHandle.current().pid()),
                    Files.readString(tmp.resolve("devstack.lock")).trim());
            var refused = assertThrows(DevStackException.AlreadyRunning.class, () -> DataDirLock.acquire(tmp));
            assertEquals(ProcessHandle.current().pid(), refused.pid());
        }
        DataDirLock.acquire(tmp).close();
        DataDirLock.acquire(tmp.resolve("another")).close();
    }
}
