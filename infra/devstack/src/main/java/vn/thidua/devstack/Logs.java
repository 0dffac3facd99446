package vn.thidua.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** The per-component log files: every start appends, so a crash and the restart after it read as one story. */
final class Logs {

    private static final int TAIL_BYTES = 64 * 1024;

    private Logs() {
    }

    static void header(Path log, String title, List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        String line = "\n===== " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + title + ": "
                + String.join(" ", command) + "\n";
        Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static List<String> tail(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(start > 0 ? 1 : 0, all.length - lines);
            return Arrays.asList(all).subList(Math.min(from, all.length), all.length);
        } catch (IOException e) {
            return List.of("(không đọc được nhật ký: " + e.getMessage() + ")");
        }
    }
}
