package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.UnitRepository;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;

/** Units in the {@value #COLLECTION} collection, keyed by code, each with its own outbox. */
@Repository
class MongoUnitRepository implements UnitRepository {

    static final String COLLECTION = "units";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;
    private final UnitEvents events;

    MongoUnitRepository(ReactiveMongoOperations mongo, AggregateStore store, UnitEvents events) {
        this.mongo = mongo;
        this.store = store;
        this.events = events;
    }

    @Override
    public Mono<Unit> findByCode(String code) {
        return mongo.findById(code, UnitDocument.class, COLLECTION).map(UnitDocument::toUnit);
    }

    @Override
    public Flux<Unit> findByCodes(Collection<String> codes) {
        return mongo.find(query(where("_id").in(codes)), UnitDocument.class, COLLECTION).map(UnitDocument::toUnit);
    }

    @Override
    public Flux<Unit> findAll() {
        return mongo.find(query(new org.springframework.data.mongodb.core.query.Criteria()).with(Sort.by("_id")),
                UnitDocument.class, COLLECTION).map(UnitDocument::toUnit);
    }

    @Override
    public Mono<Boolean> hasSubUnits(String code) {
        return mongo.exists(query(where("parentCode").is(code)), COLLECTION);
    }

    @Override
    public Flux<Unit> findPredecessorsOf(String code) {
        return mongo.find(query(where("successorCodes").is(code)).with(Sort.by("_id")), UnitDocument.class,
                COLLECTION).map(UnitDocument::toUnit);
    }

    @Override
    public Mono<Unit> insert(Unit unit) {
        return parentOf(unit).flatMap(parent -> store.create(COLLECTION, UnitDocument.of(unit),
                events.upserted(unit, parent.orElse(null)))).thenReturn(unit);
    }

    @Override
    public Mono<Unit> update(Unit changed, long expectedVersion) {
        var document = UnitDocument.of(changed);
        var change = new Update()
                .set("name", document.name())
                .set("nameFolded", document.nameFolded())
                .set("kind", document.kind())
                .set("parentCode", document.parentCode())
                .set("path", document.path())
                .set("validFrom", document.validFrom())
                .set("validTo", document.validTo())
                .set("successorCodes", document.successorCodes())
                .set("headcounts", document.headcounts())
                .set("updatedAt", document.updatedAt())
                .set("updatedBy", document.updatedBy());
        return parentOf(changed).flatMap(parent -> store.update(COLLECTION, changed.code(), expectedVersion, change,
                events.upserted(changed, parent.orElse(null)))).thenReturn(changed);
    }

    private Mono<java.util.Optional<Unit>> parentOf(Unit unit) {
        return unit.parentCode() == null ? Mono.just(java.util.Optional.empty())
                : findByCode(unit.parentCode()).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty());
    }
}
