package vn.thidua.support.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A token issuer for tests: an RSA key, its JWKS served over real HTTP on a free port, and tokens for any user and
 * roles. Point a service at it with {@link #properties()}; the decoder then fetches the keys as it would from the
 * real issuer. One per test JVM is enough ({@link #shared()}).
 */
public final class TestTokenIssuer implements AutoCloseable {

    private static TestTokenIssuer shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestTokenIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public static synchronized TestTokenIssuer shared() {
        if (shared == null) {
            shared = new TestTokenIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.close()));
        }
        return shared;
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The settings that make a service trust this issuer. */
    public Map<String, String> properties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuerUri() + "/.well-known/jwks.json");
    }

    /** A valid one-hour token of user {@code user} of unit {@code unit} holding {@code roles}. */
    public String token(String user, String unit, Role... roles) {
        return token(claims -> claims
                .subject(user)
                .claim(CurrentUser.NAME_CLAIM, "Người dùng " + user)
                .claim(CurrentUser.UNIT_CLAIM, unit)
                .claim(CurrentUser.ROLES_CLAIM, Arrays.stream(roles).map(Role::name).toList()));
    }

    /** A token starting from valid defaults, changed by {@code customiser} (to test what is refused). */
    public String token(Consumer<JWTClaimsSet.Builder> customiser) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .audience(List.of(SecurityDefaults.AUDIENCE))
                .subject("test-user")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
        customiser.accept(claims);
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
