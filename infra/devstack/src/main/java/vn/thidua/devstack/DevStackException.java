package vn.thidua.devstack;

/** Why the stack, or one of its components, could not start. The message is meant for the developer's console. */
public class DevStackException extends RuntimeException {

    public DevStackException(String message) {
        super(message);
    }

    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another launcher holds the data folder. */
    public static final class AlreadyRunning extends DevStackException {
        private final long pid;

        AlreadyRunning(long pid, java.nio.file.Path dataDir) {
            super("thidua đang chạy (pid " + (pid > 0 ? pid : "?") + ") với thư mục dữ liệu " + dataDir
                    + ": dừng bằng Ctrl-C ở cửa sổ đó, hoặc chọn thư mục dữ liệu khác (THIDUA_DATA_DIR).");
            this.pid = pid;
        }

        public long pid() {
            return pid;
        }
    }

    /** A port is taken by a program that is not this stack. */
    public static final class PortInUse extends DevStackException {
        private final String component;
        private final int port;

        PortInUse(String component, PortSpec spec, int port) {
            super("Cổng " + port + " (" + component + ") đang được một chương trình khác sử dụng. Dừng chương trình đó, "
                    + "hoặc chọn cổng khác: " + spec.variable() + "=" + suggestion(port) + " ./run.sh  (hay ./run.sh "
                    + spec.flag() + "=" + suggestion(port) + ")");
            this.component = component;
            this.port = port;
        }

        private static int suggestion(int port) {
            return port + 10000 <= 65535 ? port + 10000 : port - 10000;
        }

        public String component() {
            return component;
        }

        public int port() {
            return port;
        }
    }

    /** A component's process died or did not become ready in time, or an external server did not answer. */
    public static final class ComponentFailed extends DevStackException {
        private final String component;
        private final java.nio.file.Path log;

        ComponentFailed(String component, String reason, java.nio.file.Path log, java.util.List<String> tail) {
            super(component + " " + reason + "\n"
                    + (tail.isEmpty() ? "" : "--- " + tail.size() + " dòng cuối của " + log + " ---\n"
                    + String.join("\n", tail) + "\n---\n")
                    + "Nhật ký đầy đủ: " + log);
            this.component = component;
            this.log = log;
        }

        /** For a server of the developer's own, which has no log of ours. */
        ComponentFailed(String component, String reason) {
            super(component + " " + reason);
            this.component = component;
            this.log = null;
        }

        public String component() {
            return component;
        }

        /** The component's log file; null for an external server. */
        public java.nio.file.Path log() {
            return log;
        }
    }

    /** The stack was closed (Ctrl-C, {@link DevStack#close()}) while it was starting. */
    public static final class Aborted extends DevStackException {
        Aborted() {
            super("Khởi động bị hủy vì thidua đang dừng.");
        }
    }
}
