package vn.thidua.nomination.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Object-level access: a unit officer works only with their own unit and its sub-units (by the local copy of the
 * unit tree); the commendation office and administrators work with every unit of the province.
 */
@Component
public class Access {

    static final Role[] OFFICE = {Role.REVIEWER, Role.ADMIN};

    private final Queries queries;

    Access(Queries queries) {
        this.queries = queries;
    }

    public static boolean isOffice(CurrentUser user) {
        return user != null && user.has(OFFICE);
    }

    /** The unit codes the user may work with; empty Optional means all of them. */
    public Mono<Optional<List<String>>> scope(CurrentUser user) {
        if (isOffice(user)) {
            return Mono.just(Optional.empty());
        }
        if (user == null || user.unitCode() == null) {
            return Mono.just(Optional.of(List.of()));
        }
        return queries.subtree(user.unitCode()).map(Optional::of);
    }

    public Mono<Boolean> covers(CurrentUser user, String unitCode) {
        return scope(user).map(scope -> scope.map(codes -> codes.contains(unitCode)).orElse(true));
    }
}
