package vn.thidua.campaign.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.thidua.support.security.ApiSecurity;

/**
 * Who may do what, checked here again whatever the gateway let through. Reads are public (the service hides
 * drafts from those who may not see them). Writes need a signed-in officer; which unit an officer acts for is an
 * object-level rule the application checks against the unit tree (see {@code Jurisdiction}), so it is not here.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/campaigns", "/api/campaigns/**", "/api/units",
                                "/api/units/**", "/api/clusters", "/api/clusters/**").permitAll()
                        .pathMatchers("/api/**").hasAnyRole("UNIT_OFFICER", "REVIEWER", "ADMIN")
                        .anyExchange().authenticated())
                .build();
    }
}
