package vn.thidua.nomination.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.thidua.support.security.ApiSecurity;

/**
 * Who may do what, checked here again whatever the gateway let through. The public reads the catalogue, the
 * public notices and the decisions, and files objections; everything else needs a role, and the use cases check
 * the unit scope and session membership on top.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges
                        // The public: what a notice or a decision legally publishes, and objections.
                        .pathMatchers(HttpMethod.GET, "/api/award-types", "/api/award-types/**",
                                "/api/public-notices", "/api/public-notices/*", "/api/decisions",
                                "/api/decisions/*", "/api/decisions/*/grants.csv").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/public-notices/*/objections").permitAll()
                        // The catalogue is changed by administrators only, when a new legal basis takes effect.
                        .pathMatchers("/api/award-types/**").hasRole("ADMIN")
                        // The commendation office: appraisal, notices, councils, the registry's past awards.
                        .pathMatchers(HttpMethod.POST, "/api/nominations/*/return", "/api/nominations/*/reject",
                                "/api/nominations/*/appraise").hasAnyRole("REVIEWER", "ADMIN")
                        .pathMatchers("/api/public-notices/**").hasAnyRole("REVIEWER", "ADMIN")
                        .pathMatchers(HttpMethod.POST, "/api/council-sessions/*/ballots").hasRole("COUNCIL_MEMBER")
                        .pathMatchers(HttpMethod.GET, "/api/council-sessions", "/api/council-sessions/*")
                        .hasAnyRole("REVIEWER", "ADMIN", "COUNCIL_MEMBER")
                        .pathMatchers("/api/council-sessions/**").hasAnyRole("REVIEWER", "ADMIN")
                        // Decisions are issued by the authority's officers; revocation too.
                        .pathMatchers(HttpMethod.POST, "/api/decisions", "/api/awards/*/revoke").hasRole("ADMIN")
                        .pathMatchers(HttpMethod.POST, "/api/awards").hasAnyRole("REVIEWER", "ADMIN")
                        .pathMatchers("/api/nominations/**", "/api/people/**", "/api/initiatives/**", "/api/awards/**",
                                "/api/nominations", "/api/people", "/api/initiatives", "/api/awards")
                        .hasAnyRole("UNIT_OFFICER", "REVIEWER", "ADMIN")
                        .anyExchange().authenticated())
                .build();
    }
}
