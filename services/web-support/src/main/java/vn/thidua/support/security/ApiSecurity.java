package vn.thidua.support.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;

/**
 * The part of every security filter chain that is the same everywhere. A service applies it first and then says
 * only which role may do what:
 * <pre>{@code
 * return api.configure(http)
 *         .authorizeExchange(a -> a
 *                 .pathMatchers(HttpMethod.POST, "/api/campaigns/**").hasAnyRole("REVIEWER", "ADMIN")
 *                 .anyExchange().authenticated())
 *         .build();
 * }</pre>
 * Stateless bearer tokens (no session, no CSRF: there is no cookie to forge a request with), roles from the
 * {@code roles} claim, 401 and 403 as problem documents, and the probes, metrics and API documentation open (the
 * gateway never routes a service's actuator).
 */
public class ApiSecurity {

    private final ProblemWriter problems;

    public ApiSecurity(ProblemWriter problems) {
        this.problems = problems;
    }

    public ServerHttpSecurity configure(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(this::unauthenticated)
                        .accessDeniedHandler(this::forbidden))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(this::unauthenticated)
                        .accessDeniedHandler(this::forbidden))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**").permitAll());
    }

    /** 401 with the RFC 6750 challenge, which says {@code invalid_token} when a token was sent but refused. */
    private Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException failure) {
        boolean refusedToken = failure instanceof InvalidBearerTokenException;
        var challenge = new HttpHeaders();
        challenge.set(HttpHeaders.WWW_AUTHENTICATE, refusedToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, refusedToken
                ? Problems.unauthenticated("Mã truy cập (token) không hợp lệ hoặc đã hết hạn: vui lòng đăng nhập lại.")
                : Problems.unauthenticated(), challenge);
    }

    private Mono<Void> forbidden(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, Problems.forbidden());
    }

    /** {@code ROLE_ADMIN} and so on from the {@code roles} claim, so that {@code hasRole("ADMIN")} reads naturally. */
    public static ReactiveJwtAuthenticationConverterAdapter rolesFromClaim() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(CurrentUser.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
