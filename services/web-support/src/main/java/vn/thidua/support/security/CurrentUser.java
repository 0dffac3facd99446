package vn.thidua.support.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Who is calling, as the token says: user id ({@code sub}), display name, roles and the code of the user's unit.
 * Services use it for object-level checks and to record who did what.
 */
public record CurrentUser(String id, String name, Set<Role> roles, String unitCode) {

    public static final String NAME_CLAIM = "name";
    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** The caller of the current request; empty for an anonymous request. */
    public static Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> from(((JwtAuthenticationToken) authentication).getToken()));
    }

    /** The caller if there is one: for reads that anonymous readers may make too, with less to see. */
    public static Mono<Optional<CurrentUser>> currentOrAnonymous() {
        return current().map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    public static CurrentUser from(Jwt jwt) {
        List<String> claimed = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : claimed) {
            // A role this version does not know grants nothing rather than failing the request.
            Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().ifPresent(roles::add);
        }
        String name = jwt.hasClaim(NAME_CLAIM) ? jwt.getClaimAsString(NAME_CLAIM) : jwt.getSubject();
        return new CurrentUser(jwt.getSubject(), name, roles, jwt.getClaimAsString(UNIT_CLAIM));
    }
}
