package vn.thidua.support.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
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
 * {@code roles} claim, 401 and 403 as problem documents, and the probes and metrics open to the local network
 * (the gateway never routes them).
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
                        .authenticationEntryPoint((exchange, failure) -> problems.write(exchange,
                                failure instanceof InvalidBearerTokenException
                                        ? Problems.unauthenticated("Mã truy cập (token) không hợp lệ hoặc đã hết hạn:"
                                                + " vui lòng đăng nhập lại.")
                                        : Problems.unauthenticated(),
                                bearerChallenge(failure instanceof InvalidBearerTokenException)))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, Problems.forbidden())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, failure) ->
                                problems.write(exchange, Problems.unauthenticated(), bearerChallenge(false)))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, Problems.forbidden())))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll());
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

    /** RFC 6750: a 401 names the scheme, and says {@code invalid_token} when a token was sent but refused. */
    private static HttpHeaders bearerChallenge(boolean invalidToken) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return headers;
    }
}
