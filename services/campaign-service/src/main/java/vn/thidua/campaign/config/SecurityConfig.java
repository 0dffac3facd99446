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
 * drafts from those who may not see them); organising campaigns is for the commendation office and administrators.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/campaigns", "/api/campaigns/**").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/campaigns", "/api/campaigns/*/launch")
                        .hasAnyRole("REVIEWER", "ADMIN")
                        .anyExchange().authenticated())
                .build();
    }
}
