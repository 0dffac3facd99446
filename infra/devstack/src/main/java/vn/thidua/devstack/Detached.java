package vn.thidua.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ctrl-C in a terminal signals the whole foreground process group. Children in a session of their own hear only
 * the launcher, which stops them in reverse start order (gateway before services before broker) instead of all of
 * them dying at once. {@code setsid} replaces itself with the command, so the pid stays the child's.
 */
final class Detached {

    private static final Optional<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid").stream()
            .filter(path -> Files.isExecutable(Path.of(path))).findFirst();

    private Detached() {
    }

    static List<String> command(List<String> command) {
        if (SETSID.isEmpty()) {
            return command;
        }
        var detached = new ArrayList<String>();
        detached.add(SETSID.get());
        detached.addAll(command);
        return detached;
    }
}
