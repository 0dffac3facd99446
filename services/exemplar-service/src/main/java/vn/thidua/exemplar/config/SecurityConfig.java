package vn.thidua.exemplar.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.thidua.support.security.ApiSecurity;

/**
 * Reads are open at the door (the service shows the public only recognised exemplars, in their public form).
 * Fostering, recognition and archiving are the commendation office's; proposals, profile corrections and adoptions
 * are open to unit officers too, for their own units, which the service checks against the exemplar.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/exemplars/statistics").authenticated()
                        .pathMatchers(HttpMethod.GET, "/api/exemplars", "/api/exemplars/**", "/api/honour-board")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/exemplars/*/fostering", "/api/exemplars/*/fostering/**",
                                "/api/exemplars/*/recognition", "/api/exemplars/*/archive")
                        .hasAnyRole("REVIEWER", "ADMIN")
                        .pathMatchers(HttpMethod.POST, "/api/exemplars", "/api/exemplars/*/adoptions")
                        .hasAnyRole("UNIT_OFFICER", "REVIEWER", "ADMIN")
                        .pathMatchers(HttpMethod.PUT, "/api/exemplars/*/profile", "/api/exemplars/*/adoptions/*/outcome")
                        .hasAnyRole("UNIT_OFFICER", "REVIEWER", "ADMIN")
                        .anyExchange().authenticated())
                .build();
    }
}
