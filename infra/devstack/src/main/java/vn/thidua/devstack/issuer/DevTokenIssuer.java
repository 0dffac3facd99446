package vn.thidua.devstack.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import vn.thidua.devstack.ChildArguments;
import vn.thidua.devstack.ParentWatch;

/**
 * The development token issuer: hands a signed JWT to anyone who names a demo user, without a password. That is
 * its whole point on a developer's machine and exactly why it must never run anywhere else: it refuses to start
 * unless {@code THIDUA_PROFILE=dev}, which only the devstack launcher sets.
 *
 * <p>Endpoints: {@code GET /token?user=<id>} (the bare compact JWT), {@code GET /.well-known/jwks.json},
 * {@code GET /.well-known/openid-configuration}, {@code GET /users}.
 */
public final class DevTokenIssuer {

    public static final String PROFILE_VARIABLE = "THIDUA_PROFILE";
    public static final String DEV_PROFILE = "dev";
    public static final String AUDIENCE = "thidua-api";
    static final Duration LIFETIME = Duration.ofHours(12);
    static final int REFUSED = 2;

    private final String issuer;
    private final RSAKey key;
    private final RSASSASigner signer;
    private final DemoUsers users;
    private final HttpServer server;

    private DevTokenIssuer(int port, RSAKey key, DemoUsers users) throws IOException, JOSEException {
        this.issuer = "http://localhost:" + port;
        this.key = key;
        this.signer = new RSASSASigner(key);
        this.users = users;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::handle);
    }

    public static void main(String[] args) throws Exception {
        String profile = System.getenv(PROFILE_VARIABLE);
        if (!DEV_PROFILE.equals(profile)) {
            System.err.println("Trình phát hành token phát triển KHÔNG chạy: nó cấp token cho bất kỳ ai chỉ cần nêu "
                    + "tên người dùng thử, nên chỉ dùng trên máy của lập trình viên.\n"
                    + "Nó chỉ khởi động khi " + PROFILE_VARIABLE + "=" + DEV_PROFILE + " (./run.sh đặt biến này); hiện tại "
                    + PROFILE_VARIABLE + (profile == null ? " chưa đặt." : "=" + profile + ".")
                    + "\nThe development token issuer refuses to start outside the dev profile.");
            System.exit(REFUSED);
        }
        Map<String, String> options = ChildArguments.parse(args, "--port=<cổng> --key-file=<tệp>");
        int port = Integer.parseInt(options.getOrDefault("port", "9000"));
        Path keyFile = Path.of(options.getOrDefault("key-file", ".data/issuer/signing-key.json"));

        ParentWatch.install();
        var issuer = new DevTokenIssuer(port, SigningKeys.loadOrCreate(keyFile), DemoUsers.load());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> issuer.server.stop(0), "issuer-shutdown"));
        issuer.server.start();
        System.err.println("Trình phát hành token phát triển: " + issuer.issuer + " (khóa " + issuer.key.getKeyID()
                + " trong " + keyFile + "), người dùng: " + String.join(", ", issuer.users.ids()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException | JOSEException e) {
            send(exchange, 500, "text/plain", "Lỗi: " + e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, JOSEException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, "text/plain", "Chỉ hỗ trợ GET.");
            return;
        }
        switch (exchange.getRequestURI().getPath()) {
            case "/token" -> token(exchange);
            case "/.well-known/jwks.json" -> send(exchange, 200, "application/json",
                    JSONObjectUtils.toJSONString(new JWKSet(key.toPublicJWK()).toJSONObject(true)));
            case "/.well-known/openid-configuration" -> send(exchange, 200, "application/json",
                    JSONObjectUtils.toJSONString(discovery()));
            case "/users" -> send(exchange, 200, "application/json", users.toJson());
            case "/" -> send(exchange, 200, "text/plain", index());
            default -> send(exchange, 404, "text/plain", "Không có " + exchange.getRequestURI().getPath()
                    + ".\n" + index());
        }
    }

    private void token(HttpExchange exchange) throws IOException, JOSEException {
        Optional<String> id = query(exchange, "user");
        var user = id.flatMap(users::find);
        if (user.isEmpty()) {
            String problem = id.map(value -> "Không có người dùng thử \"" + value + "\".")
                    .orElse("Thiếu tham số user.");
            send(exchange, 404, "text/plain", problem + " Người dùng có sẵn: " + String.join(", ", users.ids())
                    + "\nVí dụ: curl -s '" + issuer + "/token?user=" + users.ids().get(0) + "'\n");
            return;
        }
        send(exchange, 200, "text/plain", sign(user.get()));
    }

    /**
     * Built as a plain claim map rather than a {@code JWTClaimsSet}, which would write a single audience as a string;
     * the contract says {@code aud} is an array.
     */
    String sign(DemoUsers.DemoUser user) throws JOSEException {
        Instant now = Instant.now();
        var claims = new LinkedHashMap<String, Object>();
        claims.put("iss", issuer);
        claims.put("aud", List.of(AUDIENCE));
        claims.put("sub", user.id());
        claims.put("name", user.name());
        claims.put("roles", user.roles());
        claims.put("unit", user.unit());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        var jws = new JWSObject(header, new Payload(claims));
        jws.sign(signer);
        return jws.serialize();
    }

    private Map<String, Object> discovery() {
        var json = new LinkedHashMap<String, Object>();
        json.put("issuer", issuer);
        json.put("jwks_uri", issuer + "/.well-known/jwks.json");
        json.put("response_types_supported", List.of("id_token"));
        json.put("subject_types_supported", List.of("public"));
        json.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return json;
    }

    private String index() {
        return "Trình phát hành token phát triển của thidua (chỉ dùng khi phát triển).\n"
                + "  GET /token?user=<id>             token JWT cho người dùng thử\n"
                + "  GET /users                       danh sách người dùng thử\n"
                + "  GET /.well-known/jwks.json       khóa công khai\n"
                + "Người dùng: " + String.join(", ", users.ids()) + "\n";
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name) && equals >= 0) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        // A browser page of the portal may ask for a demo token too.
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
