package vn.thidua.exemplar.application;

import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.nomination.AwardRevoked;

/**
 * The awards known to be revoked. A revocation may arrive before the decision that granted the award (they are
 * keyed by different aggregates): the decision then finds it here and opens nothing for that grant.
 */
public interface Revocations {

    Mono<Void> remember(AwardRevoked revocation);

    Mono<Boolean> isRevoked(String awardId);
}
