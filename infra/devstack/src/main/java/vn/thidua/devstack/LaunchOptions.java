package vn.thidua.devstack;

import com.mongodb.ConnectionString;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;

/**
 * What the developer asked for, from the environment and the command line (a flag wins over its variable): ports,
 * data folder, start-up timeout, components to leave out, external servers. Invalid input is refused with the
 * offending name.
 *
 * @param kafkaBootstrap a broker of one's own instead of the stack's, or null
 * @param mongoUri       a MongoDB of one's own instead of the stack's Mongo server, or null
 */
public record LaunchOptions(Map<String, Integer> ports, Path dataDir, Duration timeout, Set<String> without,
                            String kafkaBootstrap, String mongoUri, boolean demoData, boolean prometheus,
                            boolean help) {

    static final String DATA_DIR_VARIABLE = "THIDUA_DATA_DIR";
    static final String TIMEOUT_VARIABLE = "THIDUA_STARTUP_TIMEOUT";
    /** The same names the applications read: a developer who already exports them for a service keeps them. */
    static final String KAFKA_BOOTSTRAP_VARIABLE = "THIDUA_KAFKA_BOOTSTRAP";
    static final String MONGODB_URI_VARIABLE = "THIDUA_MONGODB_URI";
    static final String KAFKA_BOOTSTRAP_FLAG = "--kafka-bootstrap";
    static final String MONGODB_URI_FLAG = "--mongodb-uri";
    static final String DEMO_DATA_VARIABLE = "THIDUA_DEMO_DATA";
    static final String DEMO_DATA_FLAG = "--demo-data";
    static final String PROMETHEUS_VARIABLE = "THIDUA_PROMETHEUS";
    static final String PROMETHEUS_FLAG = "--prometheus";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static LaunchOptions parse(Map<String, String> environment, List<String> arguments, Path repoRoot) {
        Map<String, String> values = new HashMap<>();
        List<PortSpec> specs = DevStack.PORT_SPECS;
        for (PortSpec spec : specs) {
            copy(environment, spec.variable(), values, spec.flag());
        }
        copy(environment, DATA_DIR_VARIABLE, values, "--data-dir");
        copy(environment, TIMEOUT_VARIABLE, values, "--timeout");
        copy(environment, KAFKA_BOOTSTRAP_VARIABLE, values, KAFKA_BOOTSTRAP_FLAG);
        copy(environment, MONGODB_URI_VARIABLE, values, MONGODB_URI_FLAG);
        copy(environment, DEMO_DATA_VARIABLE, values, DEMO_DATA_FLAG);
        copy(environment, PROMETHEUS_VARIABLE, values, PROMETHEUS_FLAG);

        Set<String> known = new LinkedHashSet<>();
        specs.forEach(spec -> known.add(spec.flag()));
        known.addAll(List.of("--data-dir", "--timeout", "--without", KAFKA_BOOTSTRAP_FLAG, MONGODB_URI_FLAG,
                DEMO_DATA_FLAG, PROMETHEUS_FLAG));
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
            List<String> components = DevStack.COMPONENT_NAMES;
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
        return new LaunchOptions(Map.copyOf(ports), dataDir, timeout, Set.copyOf(without),
                kafkaBootstrap(values.get(KAFKA_BOOTSTRAP_FLAG)), mongoUri(values.get(MONGODB_URI_FLAG)),
                demoData(values.get(DEMO_DATA_FLAG)),
                bool(values.get(PROMETHEUS_FLAG), false, PROMETHEUS_VARIABLE, PROMETHEUS_FLAG), help);
    }

    /** Demo data is loaded unless switched off explicitly; anything but true/false is a typo worth reporting. */
    static boolean demoData(String value) {
        return bool(value, true, DEMO_DATA_VARIABLE, DEMO_DATA_FLAG);
    }

    private static boolean bool(String value, boolean byDefault, String variable, String flag) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(variable + " / " + flag
                    + " phải là true hoặc false, không phải \"" + value + "\"");
        };
    }

    /** A bootstrap list as Kafka's clients read it ({@code host:port,…}), stripped; null when blank. */
    static String kafkaBootstrap(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String list = value.strip();
        for (String address : list.split(",", -1)) {
            String host = Utils.getHost(address.strip());
            Integer port = Utils.getPort(address.strip());
            if (host == null || host.isEmpty() || port == null || port < 1 || port > 65535) {
                throw new IllegalArgumentException(KAFKA_BOOTSTRAP_VARIABLE + " / " + KAFKA_BOOTSTRAP_FLAG
                        + " phải là danh sách host:cổng cách nhau bằng dấu phẩy (ví dụ localhost:9092), không phải \""
                        + value + "\"");
            }
        }
        return list;
    }

    /** A MongoDB connection string ({@code mongodb://…} or {@code mongodb+srv://…}), stripped; null when blank. */
    static String mongoUri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String uri = value.strip();
        try {
            new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MONGODB_URI_VARIABLE + " / " + MONGODB_URI_FLAG
                    + " phải là chuỗi kết nối MongoDB (ví dụ mongodb://localhost:27017), không phải \""
                    + StackContext.shown(uri) + "\": " + e.getMessage());
        }
        return uri;
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
        for (PortSpec spec : DevStack.PORT_SPECS) {
            lines.add(String.format("  %-34s %-32s %d", spec.flag() + "=<cổng>", spec.variable(), spec.defaultPort()));
        }
        lines.add(String.format("  %-34s %-32s %s", "--data-dir=<thư mục>", DATA_DIR_VARIABLE, "<repo>/.data"));
        lines.add(String.format("  %-34s %-32s %d", "--timeout=<giây>", TIMEOUT_VARIABLE, DEFAULT_TIMEOUT.toSeconds()));
        lines.add(String.format("  %-34s %-32s %s", "--without=<tên,tên>", "", "(bỏ qua thành phần: "
                + String.join(", ", DevStack.COMPONENT_NAMES) + ")"));
        lines.add(String.format("  %-34s %-32s %s", KAFKA_BOOTSTRAP_FLAG + "=<host:cổng,…>", KAFKA_BOOTSTRAP_VARIABLE,
                "(Kafka ngoài; không đặt: thidua tự chạy broker)"));
        lines.add(String.format("  %-34s %-32s %s", MONGODB_URI_FLAG + "=<mongodb://…>", MONGODB_URI_VARIABLE,
                "(MongoDB ngoài; không đặt: thidua tự chạy máy chủ Mongo)"));
        lines.add(String.format("  %-34s %-32s %s", DEMO_DATA_FLAG + "=true|false", DEMO_DATA_VARIABLE,
                "true (nạp dữ liệu mẫu qua gateway ở lần chạy đầu của thư mục dữ liệu)"));
        lines.add(String.format("  %-34s %-32s %s", PROMETHEUS_FLAG + "=true|false", PROMETHEUS_VARIABLE,
                "false (chạy Prometheus với infra/prometheus; cần lệnh prometheus: apt-get install prometheus)"));
        lines.add("  --no-build: run.sh không kiểm tra / build lại trước khi chạy.");
        return String.join("\n", lines);
    }
}
