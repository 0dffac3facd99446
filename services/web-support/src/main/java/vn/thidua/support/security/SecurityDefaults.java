package vn.thidua.support.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where tokens come from, the same for the gateway and every service: the issuer (development issuer of the stack,
 * Keycloak's realm in docker-compose) and its key set, both from one variable each. With {@code jwk-set-uri} set,
 * Boot's decoder fetches keys lazily (a service starts while the issuer is still down) and still checks {@code iss}
 * against {@code issuer-uri}; {@code audiences} adds the {@code aud} check. Lowest precedence: anything overrides.
 */
public class SecurityDefaults implements EnvironmentPostProcessor {

    public static final String PROPERTY_SOURCE = "thiduaSecurityDefaults";
    public static final String AUDIENCE = "thidua-api";

    static Map<String, Object> defaults() {
        var d = new LinkedHashMap<String, Object>();
        d.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "${THIDUA_ISSUER_URI:http://localhost:9000}");
        d.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "${THIDUA_JWKS_URI:${spring.security.oauth2.resourceserver.jwt.issuer-uri}/.well-known/jwks.json}");
        d.put("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
        d.put("spring.security.oauth2.resourceserver.jwt.jws-algorithms", "RS256");
        return d;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults()));
    }
}
