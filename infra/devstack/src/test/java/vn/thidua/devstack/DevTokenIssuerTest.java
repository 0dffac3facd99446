package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.devstack.issuer.DevTokenIssuer;

class DevTokenIssuerTest {

    @TempDir
    Path tmp;

    @Test
    void refusesToStartOutsideTheDevProfile() throws Exception {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of("THIDUA_PROFILE", "prod"))) {
            Path log = tmp.resolve("refused.log");
            Process issuer = TestSupport.java(DevTokenIssuer.class.getName(), environment, List.of("THIDUA_PROFILE"),
                    log, "--port=" + TestSupport.freePort(), "--key-file=" + tmp.resolve("key.json"));

            assertTrue(issuer.waitFor(30, TimeUnit.SECONDS), "the issuer must not keep running");
            assertEquals(2, issuer.exitValue());
            assertTrue(Files.readString(log).contains("THIDUA_PROFILE=dev"), Files.readString(log));
            assertFalse(Files.exists(tmp.resolve("key.json")), "no key is made when refusing");
        }
    }

    @Test
    void issuesTokensVerifiableWithItsKeysWhichSurviveARestart() throws Exception {
        try (DevStack stack = TestSupport.only(tmp.resolve("data"), TestSupport.lines(), "issuer").build()) {
            stack.start();
            String issuerUrl = "http://localhost:" + stack.port("issuer");
            assertEquals(issuerUrl, stack.issuerUrl());

            var response = TestSupport.get(issuerUrl + "/token?user=admin");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String token = response.body();
            assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "a bare compact JWT: " + token);

            JWKSet keys = JWKSet.parse(TestSupport.get(issuerUrl + "/.well-known/jwks.json").body());
            assertFalse(keys.getKeys().get(0).isPrivate(), "the JWKS must not publish the private key");
            SignedJWT jwt = SignedJWT.parse(token);
            assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
            RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertTrue(jwt.verify(new RSASSAVerifier(key)));

            var claims = jwt.getJWTClaimsSet();
            assertEquals(issuerUrl, claims.getIssuer());
            assertEquals(List.of("thidua-api"), JSONObjectUtils.parse(jwt.getPayload().toString()).get("aud"),
                    "aud is an array");
            assertEquals("admin", claims.getSubject());
            assertEquals("Quản trị hệ thống", claims.getStringClaim("name"));
            assertTrue(Normalizer.isNormalized(claims.getStringClaim("name"), Normalizer.Form.NFC));
            assertEquals(List.of("ADMIN"), claims.getStringListClaim("roles"));
            assertEquals("UBND-TN", claims.getStringClaim("unit"));
            assertEquals(12 * 3600, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
            assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());

            Path keyFile = stack.dataDir().resolve("issuer/signing-key.json");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));

            stack.stop("issuer");
            stack.start("issuer");

            JWKSet afterRestart = JWKSet.parse(TestSupport.get(issuerUrl + "/.well-known/jwks.json").body());
            assertEquals(keys.getKeys().get(0).getKeyID(), afterRestart.getKeys().get(0).getKeyID());
            assertTrue(SignedJWT.parse(token).verify(new RSASSAVerifier(
                    (RSAKey) afterRestart.getKeyByKeyId(jwt.getHeader().getKeyID()))),
                    "a token from before the restart is still valid");
        }
    }

    @Test
    void answersUnknownUsersWithTheKnownOnesAndListsTheDemoUsers() throws Exception {
        try (DevStack stack = TestSupport.only(tmp.resolve("data"), TestSupport.lines(), "issuer").build()) {
            stack.start();
            String issuerUrl = stack.issuerUrl();

            for (String url : List.of(issuerUrl + "/token?user=nobody", issuerUrl + "/token")) {
                var refused = TestSupport.get(url);
                assertEquals(404, refused.statusCode());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
                assertTrue(refused.body().contains("admin, reviewer, editor, council, officer-phuongtien, council-2, council-3"),
                        refused.body());
            }

            var users = com.nimbusds.jose.util.JSONArrayUtils.parse(TestSupport.get(issuerUrl + "/users").body());
            assertEquals(7, users.size());
            assertEquals(Map.of("id", "officer-phuongtien", "name", "Hoàng Văn Tiến", "roles", List.of("UNIT_OFFICER"),
                    "unit", "XA-PHUONG-TIEN", "unitName", "UBND xã Phượng Tiến"), users.get(4));

            var discovery = JSONObjectUtils.parse(TestSupport.get(issuerUrl + "/.well-known/openid-configuration").body());
            assertEquals(issuerUrl, discovery.get("issuer"));
            assertEquals(issuerUrl + "/.well-known/jwks.json", discovery.get("jwks_uri"));

            var reviewer = SignedJWT.parse(TestSupport.get(issuerUrl + "/token?user=reviewer").body()).getJWTClaimsSet();
            assertEquals(List.of("REVIEWER"), reviewer.getStringListClaim("roles"));
            assertEquals("SNV-TN", reviewer.getStringClaim("unit"));
        }
    }
}
