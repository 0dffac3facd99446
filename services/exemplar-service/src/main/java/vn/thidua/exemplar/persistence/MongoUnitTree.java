package vn.thidua.exemplar.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.exemplar.application.UnitTree;
import vn.thidua.exemplar.domain.Diffusion.TreeUnit;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;

/**
 * Units in the {@value #COLLECTION} collection, one document per unit code with the codes of its ancestors, so that
 * "this unit and everything below it" is one indexed query.
 */
@Repository
class MongoUnitTree implements UnitTree {

    static final String COLLECTION = "units";

    private final ReactiveMongoOperations mongo;
    private final IdempotentUpdates idempotent;

    MongoUnitTree(ReactiveMongoOperations mongo, IdempotentUpdates idempotent) {
        this.mongo = mongo;
        this.idempotent = idempotent;
    }

    /** The stored form of a unit. */
    record UnitDocument(String id, String name, String kind, List<String> ancestors, String validFrom,
                        String validTo, List<String> successorCodes) {
    }

    @Override
    public Mono<Set<String>> withSubUnits(String unitCode) {
        return mongo.find(query(where("ancestors").is(unitCode)), UnitDocument.class, COLLECTION)
                .map(UnitDocument::id)
                .collect(Collectors.toCollection(HashSet::new))
                .map(codes -> {
                    codes.add(unitCode);
                    return Set.copyOf(codes);
                });
    }

    @Override
    public Mono<Map<String, TreeUnit>> find(Collection<String> unitCodes) {
        return mongo.find(query(where("_id").in(unitCodes)), UnitDocument.class, COLLECTION)
                .map(unit -> new TreeUnit(unit.id(), unit.name(), unit.ancestors()))
                .collectMap(TreeUnit::code, Function.identity());
    }

    /** The whole unit from the event; an older event of the same unit, or a re-delivery, changes nothing. */
    @Override
    public Mono<Outcome> upsert(UnitUpserted unit, InboundEvent<UnitUpserted> event) {
        List<String> ancestors = unit.path().stream().map(UnitRef::code).filter(code -> !code.equals(unit.code()))
                .toList();
        var update = new Update()
                .set("name", unit.name())
                .set("kind", unit.kind().name())
                .set("ancestors", ancestors)
                .set("validFrom", unit.validFrom().toString())
                .set("validTo", unit.validTo() == null ? null : unit.validTo().toString())
                .set("successorCodes", unit.successorCodes() == null ? List.of() : unit.successorCodes());
        return idempotent.upsert(COLLECTION, unit.code(), event, update);
    }
}
