package vn.thidua.devstack;

/**
 * For the children whose code is ours (Mongo server, issuer): when the launcher is gone, exit through the normal
 * shutdown hooks, so that an orphan neither keeps a port nor leaves the H2 store unclosed.
 */
public final class ParentWatch {

    static final String PROPERTY = "thidua.devstack.parent";

    private ParentWatch() {
    }

    public static void install() {
        String pid = System.getProperty(PROPERTY);
        if (pid == null || pid.isBlank()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse(
                parent -> parent.onExit().thenRun(ParentWatch::exit),
                ParentWatch::exit);
    }

    private static void exit() {
        System.err.println("Tiến trình khởi động (pid " + System.getProperty(PROPERTY) + ") đã kết thúc: dừng theo.");
        System.exit(0);
    }
}
