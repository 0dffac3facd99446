package vn.thidua.campaign.application;

import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.campaign.domain.unit.Unit;

/** Where organisation units live, one document per unit keyed by its code, with its own outbox. */
public interface UnitRepository {

    Mono<Unit> findByCode(String code);

    Flux<Unit> findByCodes(Collection<String> codes);

    /** Every unit of the province, abolished ones included. */
    Flux<Unit> findAll();

    /** Units whose folded name or code contains every one of the folded {@code words}, by code. */
    Flux<Unit> search(List<String> words);

    /** Whether any unit names {@code code} as its parent. */
    Mono<Boolean> hasSubUnits(String code);

    /** Units that name {@code code} among their successors. */
    Flux<Unit> findPredecessorsOf(String code);

    /** Stores a new unit at version 1 with its event (409 if the code is taken). */
    Mono<Unit> insert(Unit unit, UnitUpserted event);

    /** Stores the new state and its event if the unit is still at {@code expectedVersion} (409 otherwise). */
    Mono<Unit> update(Unit changed, long expectedVersion, UnitUpserted event);
}
