package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.thidua.support.security.Role;

/** Reads are public, writes need a valid token, and a presented token is always checked before any service sees it. */
class EdgeSecurityTest extends GatewayTestSupport {

    enum Write { POST, PUT, PATCH, DELETE }

    @ParameterizedTest
    @EnumSource(Write.class)
    void an_anonymous_write_is_a_401_problem_with_a_bearer_challenge_and_reaches_no_service(Write method) {
        String marker = UUID.randomUUID().toString();
        client.method(HttpMethod.valueOf(method.name())).uri("/api/campaigns/c1?marker=" + marker)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("đăng nhập"));

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void a_write_with_a_valid_token_reaches_the_service_with_the_token(Write method) {
        String marker = UUID.randomUUID().toString();
        String token = ISSUER.token("editor-1", "tinh-thai-nguyen", Role.EDITOR);
        client.method(HttpMethod.valueOf(method.name())).uri("/api/articles/a1?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tiêuĐề\":\"Gương điển hình tiên tiến\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("publication-service");

        StandInService.Received received = PUBLICATION.find(marker).orElseThrow();
        assertThat(received.method()).isEqualTo(method.name());
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
    }

    @Test
    void a_configured_public_write_reaches_the_service_without_a_token() {
        String marker = UUID.randomUUID().toString();
        client.post().uri("/api/visits?marker=" + marker)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"path\":\"/tin-tuc/dinh-hoa\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("publication-service");

        assertThat(PUBLICATION.find(marker).orElseThrow().header(HttpHeaders.AUTHORIZATION)).isNull();
    }

    @Test
    void a_public_write_opens_only_its_own_method_and_path() {
        String marker = UUID.randomUUID().toString();
        for (String path : List.of("/api/visits/stats", "/api/visits/a/b")) {
            client.post().uri(path + "?marker=" + marker).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isUnauthorized();
        }
        client.delete().uri("/api/visits?marker=" + marker).exchange().expectStatus().isUnauthorized();

        assertThat(PUBLICATION.find(marker)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_refused_token_is_a_401_even_on_a_public_write(String kind, Supplier<String> token) {
        String marker = UUID.randomUUID().toString();
        client.post().uri("/api/visits?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token.get()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(PUBLICATION.find(marker)).isEmpty();
    }

    @Test
    void a_token_expired_less_than_the_clock_skew_ago_is_still_accepted() {
        String marker = UUID.randomUUID().toString();
        String token = ISSUER.token(claims -> claims
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                .expirationTime(Date.from(Instant.now().minusSeconds(20))));
        client.post().uri("/api/units?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("campaign-service");

        assertThat(CAMPAIGN.find(marker).orElseThrow().header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                token("alg=none", EdgeSecurityTest::unsigned),
                token("payload changed after signing", EdgeSecurityTest::tampered),
                token("signed by another RSA key", EdgeSecurityTest::signedByAnotherKey),
                token("HS256 with a shared secret", EdgeSecurityTest::signedWithHmac),
                token("expired 5 minutes ago", () -> ISSUER.token(claims -> claims
                        .issueTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))))),
                token("expired beyond the 60 s clock skew", () -> ISSUER.token(claims -> claims
                        .issueTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(Instant.now().minusSeconds(75))))),
                token("not valid before 5 minutes from now", () -> ISSUER.token(claims -> claims
                        .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))))),
                token("another issuer", () -> ISSUER.token(claims -> claims.issuer("https://evil.example/realm"))),
                token("another audience", () -> ISSUER.token(claims -> claims.audience(List.of("other-api")))),
                token("no audience", () -> ISSUER.token(claims -> claims.audience(List.of()))),
                token("not a JWT", () -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_refused_token_is_a_401_problem_on_a_write_and_reaches_no_service(String kind, Supplier<String> token) {
        String marker = UUID.randomUUID().toString();
        client.post().uri("/api/campaigns?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token.get()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated");

        assertThat(CAMPAIGN.find(marker)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_refused_token_is_a_401_even_on_a_public_read(String kind, Supplier<String> token) {
        String marker = UUID.randomUUID().toString();
        client.get().uri("/api/articles?marker=" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token.get()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/unauthenticated");

        assertThat(PUBLICATION.find(marker)).isEmpty();
    }

    /** A 404 to anyone, except to the bearer of a refused token: that one is told about the token first (401). */
    @ParameterizedTest
    @MethodSource("outsideTheApi")
    void nothing_outside_the_api_is_served_to_anyone(HttpMethod method, String path) {
        String valid = ISSUER.token("admin-1", "tinh-thai-nguyen", Role.ADMIN);
        String refused = ISSUER.token(claims -> claims.audience(List.of("other-api")));

        assertOutsideAnswer(method, path, null, 404, "not-found");
        assertOutsideAnswer(method, path, bearer(valid), 404, "not-found");
        assertOutsideAnswer(method, path, bearer(refused), 401, "unauthenticated");
    }

    private void assertOutsideAnswer(HttpMethod method, String path, String authorization, int status, String type) {
        client.method(method).uri(path)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://thidua.vn/problems/" + type);
    }

    static Stream<Arguments> outsideTheApi() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/"),
                Arguments.of(HttpMethod.GET, "/campaigns"),
                Arguments.of(HttpMethod.POST, "/campaigns"),
                Arguments.of(HttpMethod.DELETE, "/anything/else"),
                Arguments.of(HttpMethod.GET, "/actuator/env"));
    }

    private static Arguments token(String kind, Supplier<String> token) {
        return Arguments.of(kind, token);
    }

    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String valid = ISSUER.token("admin-1", "tinh-thai-nguyen", Role.ADMIN);
        return header + "." + valid.split("\\.")[1] + ".";
    }

    private static String tampered() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String[] parts = ISSUER.token("officer-1", "xa-dinh-hoa", Role.UNIT_OFFICER).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("UNIT_OFFICER", "ADMIN");
        return parts[0] + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String signedByAnotherKey() {
        try {
            RSAKey other = AttackerKey.KEY;
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
                    validClaims());
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generated on first use only (a 2048-bit key takes a while), then shared by every test that needs it. */
    private static final class AttackerKey {

        static final RSAKey KEY = generate();

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID("attacker").generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String signedWithHmac() {
        try {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER.issuerUri())
                .audience("thidua-api")
                .subject("attacker")
                .claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .build();
    }
}
