package vn.thidua.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the developer asked for, from the environment and the command line (a flag wins over its variable): ports,
 * data folder, start-up timeout, components to leave out. Invalid input is refused with the offending name.
 */
public record LaunchOptions(Map<String, Integer> ports, Path dataDir, Duration timeout, Set<String> without,
                            boolean help) {

    static final String DATA_DIR_VARIABLE = "THIDUA_DATA_DIR";
    static final String TIMEOUT_VARIABLE = "THIDUA_STARTUP_TIMEOUT";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static LaunchOptions parse(Map<String, String> environment, List<String> arguments, Path repoRoot) {
        Map<String, String> values = new HashMap<>();
        List<PortSpec> specs = DevStack.portSpecs(Applications.ALL);
        for (PortSpec spec : specs) {
            copy(environment, spec.variable(), values, spec.flag());
        }
        copy(environment, DATA_DIR_VARIABLE, values, "--data-dir");
        copy(environment, TIMEOUT_VARIABLE, values, "--timeout");

        Set<String> known = new LinkedHashSet<>();
        specs.forEach(spec -> known.add(spec.flag()));
        known.addAll(List.of("--data-dir", "--timeout", "--without"));
        boolean help = false;
        for (String argument : arguments) {
            if (argument.equals("--help") || argument.equals("-h")) {
                help = true;
                continue;
            }
            int equals = argument.indexOf('=');
            String flag = equals < 0 ? argument : argument.substring(0, equals);
            if (!known.contains(flag) || equals < 0) {
                throw new IllegalArgumentException("Tham số không hợp lệ: " + argument + " (xem --help)");
            }
            values.put(flag, argument.substring(equals + 1));
        }

        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<Integer, String> owners = new HashMap<>();
        for (PortSpec spec : specs) {
            String text = values.get(spec.flag());
            int port = text == null ? spec.defaultPort() : port(spec, text);
            String other = owners.putIfAbsent(port, spec.name());
            if (other != null) {
                throw new IllegalArgumentException("Cổng " + port + " được đặt cho cả " + other + " và " + spec.name());
            }
            ports.put(spec.name(), port);
        }

        Path dataDir = values.containsKey("--data-dir") && !values.get("--data-dir").isBlank()
                ? Path.of(values.get("--data-dir")).toAbsolutePath().normalize()
                : repoRoot.resolve(".data").toAbsolutePath().normalize();

        Duration timeout = DEFAULT_TIMEOUT;
        if (values.containsKey("--timeout")) {
            try {
                long seconds = Long.parseLong(values.get("--timeout").trim());
                if (seconds <= 0) {
                    throw new NumberFormatException();
                }
                timeout = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TIMEOUT_VARIABLE + " / --timeout phải là số giây dương, không phải "
                        + values.get("--timeout"));
            }
        }

        Set<String> without = new LinkedHashSet<>();
        if (values.containsKey("--without")) {
            List<String> components = DevStack.componentNames(Applications.ALL);
            for (String name : values.get("--without").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                if (!components.contains(name.trim())) {
                    throw new IllegalArgumentException("--without: không có thành phần " + name.trim()
                            + "; các thành phần: " + String.join(", ", components));
                }
                without.add(name.trim());
            }
        }
        return new LaunchOptions(Map.copyOf(ports), dataDir, timeout, Set.copyOf(without), help);
    }

    private static void copy(Map<String, String> environment, String variable, Map<String, String> values, String flag) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            values.put(flag, value);
        }
    }

    private static int port(PortSpec spec, String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(spec.variable() + " / " + spec.flag()
                    + " phải là số cổng từ 1 đến 65535, không phải \"" + text + "\"");
        }
    }

    static String usage() {
        var lines = new ArrayList<String>();
        lines.add("./run.sh [--no-build] [tùy chọn]   khởi động thidua trên máy này (Ctrl-C để dừng)");
        lines.add("");
        lines.add("Mỗi tùy chọn cũng đặt được bằng biến môi trường:");
        lines.add(String.format("  %-34s %-32s %s", "tùy chọn", "biến môi trường", "mặc định"));
        for (PortSpec spec : DevStack.portSpecs(Applications.ALL)) {
            lines.add(String.format("  %-34s %-32s %d", spec.flag() + "=<cổng>", spec.variable(), spec.defaultPort()));
        }
        lines.add(String.format("  %-34s %-32s %s", "--data-dir=<thư mục>", DATA_DIR_VARIABLE, "<repo>/.data"));
        lines.add(String.format("  %-34s %-32s %d", "--timeout=<giây>", TIMEOUT_VARIABLE, DEFAULT_TIMEOUT.toSeconds()));
        lines.add(String.format("  %-34s %-32s %s", "--without=<tên,tên>", "", "(bỏ qua thành phần: "
                + String.join(", ", DevStack.componentNames(Applications.ALL)) + ")"));
        lines.add("  --no-build: run.sh không kiểm tra / build lại trước khi chạy.");
        return String.join("\n", lines);
    }
}
