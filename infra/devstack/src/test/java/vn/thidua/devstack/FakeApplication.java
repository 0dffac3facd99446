package vn.thidua.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a Spring Boot application in the launcher's tests: started with {@code java -jar}, it answers the
 * readiness probe on its management port and shows the environment it was given. {@code FAKE_FAIL} makes it crash
 * at start-up, {@code FAKE_NEVER_READY} keeps its readiness at 503.
 */
public final class FakeApplication {

    private FakeApplication() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> env = System.getenv();
        if (env.containsKey("FAKE_FAIL")) {
            System.err.println("boom: " + env.get("FAKE_FAIL"));
            System.exit(3);
        }
        int port = Integer.parseInt(env.get("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/env", exchange -> {
            var shown = new TreeMap<String, String>();
            env.forEach((name, value) -> {
                if (name.startsWith("THIDUA_") || name.equals("SERVER_PORT")) {
                    shown.put(name, value);
                }
            });
            var body = new StringBuilder();
            shown.forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        HttpServer management = server;
        String managementPort = env.get("THIDUA_GATEWAY_MANAGEMENT_PORT");
        if (managementPort != null) {
            management = HttpServer.create(new InetSocketAddress(Integer.parseInt(managementPort)), 0);
            management.start();
        }
        int readiness = env.containsKey("FAKE_NEVER_READY") ? 503 : 200;
        management.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(readiness, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        System.out.println("fake application on " + port + (managementPort == null ? "" : ", management " + managementPort));
    }
}
