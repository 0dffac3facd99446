package vn.thidua.publication.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.thidua.support.security.ApiSecurity;

/**
 * Reads are open at the door: the service itself decides that only the editorial side sees unpublished articles
 * (401 anonymous, 403 for other roles). Counting a visit is the one anonymous write (the gateway rate-limits it).
 * Everything else needs a login.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/articles", "/api/articles/**", "/api/channels",
                                "/api/channels/**", "/api/feeds/**", "/api/sitemap.xml", "/api/visits/stats")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/visits").permitAll()
                        .anyExchange().authenticated())
                .build();
    }
}
