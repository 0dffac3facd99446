package vn.thidua.campaign.application;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.security.CurrentUser;

/** Checks {@link Jurisdiction} against the unit registry; a refusal is a 403 problem. */
@Component
public class Officers {

    private final UnitRepository units;

    public Officers(UnitRepository units) {
        this.units = units;
    }

    public Mono<Boolean> actsFor(CurrentUser user, String unitCode) {
        if (user == null) {
            return Mono.just(false);
        }
        Mono<Optional<Unit>> own = user.unitCode() == null ? Mono.just(Optional.empty())
                : units.findByCode(user.unitCode()).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<Unit>> target = units.findByCode(unitCode).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(own, target).map(found -> Jurisdiction.actsFor(user, found.getT1().orElse(null), unitCode,
                found.getT2().orElse(null)));
    }

    /** Completes when the caller acts for the unit; fails with 403 otherwise, saying what was refused. */
    public Mono<Void> requireActsFor(CurrentUser user, String unitCode, String what) {
        return actsFor(user, unitCode).flatMap(allowed -> allowed ? Mono.<Void>empty()
                : Mono.error(new AccessDeniedException("Tài khoản của bạn không có quyền " + what
                        + " cho đơn vị \"" + unitCode + "\".")));
    }
}
