package vn.thidua.gateway;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.security.TestTokenIssuer;

/**
 * The gateway in front of two healthy stand-in services and the test issuer. Every subclass shares one Spring
 * context (same configuration, inherited property source), so the gateway starts once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class GatewayTestSupport {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();
    static final StandInService CAMPAIGN = StandInService.shared("campaign-service");
    static final StandInService PUBLICATION = StandInService.shared("publication-service");
    /** Short, so that the slow stand-in proves the 504 quickly; every other answer takes milliseconds. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
        // The variables of application.yml, as a deployment sets them.
        registry.add("THIDUA_CAMPAIGN_SERVICE_URL", CAMPAIGN::url);
        registry.add("THIDUA_PUBLICATION_SERVICE_URL", PUBLICATION::url);
        registry.add("THIDUA_GATEWAY_RESPONSE_TIMEOUT", () -> RESPONSE_TIMEOUT.toMillis() + "ms");
        registry.add("THIDUA_GATEWAY_MANAGEMENT_PORT", () -> "0");
        // The test client connects from the loopback address, which application.yml trusts as a local proxy;
        // here it must be what it is in production, a client whose X-Forwarded-* are not to be believed.
        registry.add("THIDUA_GATEWAY_TRUSTED_PROXIES", () -> "10[.]99[.]99[.]99");
    }

    @Autowired
    WebTestClient autowiredClient;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    WebTestClient client;

    @BeforeEach
    void longerClientTimeout() {
        client = autowiredClient.mutate().responseTimeout(Duration.ofSeconds(15)).build();
    }

    String gatewayUrl(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
