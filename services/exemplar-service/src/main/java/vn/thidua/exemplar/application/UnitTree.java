package vn.thidua.exemplar.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.exemplar.domain.Diffusion.TreeUnit;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;

/**
 * The local copy of campaign-service's organisation units, kept from {@code UnitUpserted}: what "a unit and its
 * sub-units" means here. A unit nobody has told us about yet stands for itself alone.
 */
public interface UnitTree {

    /** The unit and every unit below it. */
    Mono<Set<String>> withSubUnits(String unitCode);

    Mono<Map<String, TreeUnit>> find(Collection<String> unitCodes);

    Mono<Outcome> upsert(UnitUpserted unit, InboundEvent<UnitUpserted> event);
}
