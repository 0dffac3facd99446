package vn.thidua.gateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import vn.thidua.gateway.web.KeySetUnavailableException;
import vn.thidua.support.security.ApiSecurity;
import vn.thidua.support.web.ProblemType;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;

/**
 * Edge authorisation. The gateway only decides who may reach a service at all: reads are public (a service hides
 * what an anonymous reader may not see, and checks again), every write needs a valid token except the few public
 * writes named in {@link GatewayProperties#publicWrites()}, and a token that is
 * presented is always validated, even on a read, so that a service never receives one the edge would refuse.
 * Roles and object-level rules are the services' business.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EdgeSecurityConfiguration.class);

    static final String API = "/api/**";

    @Bean
    SecurityWebFilterChain edgeSecurityFilterChain(ServerHttpSecurity http, ApiSecurity api, ReactiveJwtDecoder jwts,
            GatewayProperties properties) {
        return api.configure(http)
                // Adds to web-support's resource server settings (converter, entry points), replacing only the decoder.
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(reportingKeySetFailures(jwts))))
                .authorizeExchange(exchanges -> {
                    // A unit's view gathers what only signed-in users may see; anonymous callers are told at once.
                    exchanges.pathMatchers(HttpMethod.GET, "/api/views/units/**").authenticated()
                            .pathMatchers(HttpMethod.GET, API).permitAll()
                            .pathMatchers(HttpMethod.HEAD, API).permitAll();
                    // A presented token is still checked on these: permitAll decides access, not authentication.
                    properties.publicWrites().forEach(write ->
                            exchanges.pathMatchers(write.method(), write.pathPattern()).permitAll());
                    exchanges.pathMatchers(API).authenticated()
                            .anyExchange().access(notRouted());
                })
                .build();
    }

    /**
     * A {@link JwtException} is the decoder's verdict on the token (a 401). Anything else means there was no verdict:
     * Spring Security reports every failure to fetch the key set (refused connection, 5xx, a body that is not a key
     * set, a dropped connection) as a bare {@code IllegalStateException("Could not obtain the keys")}, which would
     * otherwise end as a 500.
     */
    static ReactiveJwtDecoder reportingKeySetFailures(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token)
                .onErrorMap(error -> !(error instanceof JwtException), KeySetUnavailableException::new);
    }

    /**
     * Outside {@code /api/**} the edge serves nothing, whoever asks; a 404 says so, where a 401 would invite the
     * caller to log in and try again. The management port shares this chain: its exposed endpoints are permitted
     * by {@link ApiSecurity} before this rule is reached.
     */
    static ReactiveAuthorizationManager<AuthorizationContext> notRouted() {
        return (authentication, context) -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Spring Security's firewall refuses paths that are not normalised or that hide separators ({@code ..},
     * {@code %2e}, {@code %2f}, {@code ;}, backslashes, double encoding) before any route is matched, so that a
     * path like {@code /api/campaigns/../../actuator/env} never reaches a service. Its default answer is an empty
     * 400; this one says why in the shape of every other error.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequestHandler(ProblemWriter problems) {
        return (exchange, rejected) -> {
            log.debug("Refused {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI().getRawPath(), rejected.getMessage());
            return problems.write(exchange, Problems.of(ProblemType.MALFORMED_REQUEST,
                    "Đường dẫn hoặc tiêu đề của yêu cầu chứa ký tự hoặc đoạn không được phép (ví dụ \"..\", \"//\","
                            + " \";\" hoặc dấu phân cách được mã hóa). Vui lòng kiểm tra lại địa chỉ."));
        };
    }
}
