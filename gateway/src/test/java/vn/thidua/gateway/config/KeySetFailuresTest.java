package vn.thidua.gateway.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import vn.thidua.gateway.web.KeySetUnavailableException;

/**
 * The ways the key set can fail to arrive, as Spring Security reports them (a bare {@code IllegalStateException}
 * around the cause), are told apart from a verdict on the token, which stays one.
 */
class KeySetFailuresTest {

    @Test
    void every_failure_to_fetch_the_key_set_is_told_apart_from_a_refused_token() {
        Throwable[] causes = {
                WebClientResponseException.create(503, "Service Unavailable", null, null, null),
                new RuntimeException(new ParseException("Invalid JSON: not a key set", 0)),
                new IOException("Connection prematurely closed BEFORE response")};
        for (Throwable cause : causes) {
            ReactiveJwtDecoder failing = token ->
                    Mono.error(new IllegalStateException("Could not obtain the keys", cause));

            assertThatThrownBy(() -> EdgeSecurityConfiguration.reportingKeySetFailures(failing).decode("t").block())
                    .isInstanceOf(KeySetUnavailableException.class)
                    .cause().isInstanceOf(IllegalStateException.class)
                    .cause().isSameAs(cause);
        }
    }

    @Test
    void a_refused_token_is_still_refused() {
        for (JwtException verdict : new JwtException[] {new BadJwtException("Jwt expired"), new JwtException("?")}) {
            ReactiveJwtDecoder refusing = token -> Mono.error(verdict);

            assertThatThrownBy(() -> EdgeSecurityConfiguration.reportingKeySetFailures(refusing).decode("t").block())
                    .isSameAs(verdict);
        }
    }
}
