package vn.thidua.gateway;

import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of two healthy stand-in services and the test issuer. Every subclass shares one Spring
 * context (same configuration, inherited property source), so the gateway starts once for all of them.
 */
abstract class GatewayTestSupport extends GatewayTestBase {

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
        // The test client connects from the loopback address, which application.yml trusts as a local proxy;
        // here it must be what it is in production, a client whose X-Forwarded-* are not to be believed.
        registry.add("THIDUA_GATEWAY_TRUSTED_PROXIES", () -> "10[.]99[.]99[.]99");
        // The suite writes far more than a person would; the limits have their own test (EdgeLimitsTest).
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_PUBLIC", () -> "100000/1m");
        registry.add("THIDUA_GATEWAY_RATE_LIMIT_USER", () -> "100000/1m");
    }

    String gatewayUrl(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }
}
