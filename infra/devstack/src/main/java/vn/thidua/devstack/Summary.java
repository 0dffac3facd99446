package vn.thidua.devstack;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.devstack.issuer.DemoUsers;

/** What a developer needs once the stack is up: who to be, how to get a token, where things are. */
final class Summary {

    private Summary() {
    }

    static String text(DevStack stack) {
        var lines = new ArrayList<String>();
        String issuer = stack.issuerUrl();
        List<DemoUsers.DemoUser> users = DemoUsers.load().all();
        lines.add("");
        lines.add("Người dùng thử (trình phát hành token phát triển " + issuer + "):");
        lines.add(String.format("  %-20s %-20s %-16s %s", "id", "họ tên", "vai trò", "đơn vị"));
        for (DemoUsers.DemoUser user : users) {
            lines.add(String.format("  %-20s %-20s %-16s %s", user.id(), user.name(), String.join(",", user.roles()),
                    user.unit()));
        }
        lines.add("");
        lines.add("Lấy token:");
        for (DemoUsers.DemoUser user : users) {
            lines.add("  curl -s '" + issuer + "/token?user=" + user.id() + "'");
        }
        lines.add("");
        lines.add("Ví dụ:");
        lines.add("  TOKEN=$(curl -s '" + issuer + "/token?user=reviewer')");
        lines.add("  curl -H \"Authorization: Bearer $TOKEN\" " + stack.gatewayUrl() + "/api/campaigns");
        lines.add("");
        lines.add("Kafka:    " + address(stack, "kafka", stack.kafkaBootstrap()));
        lines.add("MongoDB:  " + address(stack, "mongo", stack.mongoUri()));
        if (stack.componentNames().contains(PrometheusComponent.NAME)) {
            lines.add("Prometheus: " + stack.prometheusUrl() + "  (cảnh báo: " + stack.prometheusUrl() + "/alerts)");
        }
        lines.add("Dữ liệu:  " + stack.dataDir());
        lines.add("Nhật ký:  " + stack.logsDir());
        lines.add("Ctrl-C để dừng (Ctrl-C to stop).");
        return String.join("\n", lines);
    }

    private static String address(DevStack stack, String component, String address) {
        return StackContext.shown(address) + (stack.external(component).isPresent() ? "  (máy chủ ngoài)" : "");
    }
}
