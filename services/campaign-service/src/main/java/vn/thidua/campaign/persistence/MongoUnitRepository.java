package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.UnitRepository;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;

/** Units in the {@value #COLLECTION} collection, keyed by code, each with its own outbox. */
@Repository
class MongoUnitRepository implements UnitRepository {

    static final String COLLECTION = "units";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoUnitRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
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
        return mongo.find(query(new Criteria()).with(Sort.by("_id")),
                UnitDocument.class, COLLECTION).map(UnitDocument::toUnit);
    }

    @Override
    public Flux<Unit> search(List<String> words) {
        var conditions = words.stream().map(word -> new Criteria().orOperator(
                where("nameFolded").regex(MongoCampaignRepository.literal(word)),
                where("_id").regex(MongoCampaignRepository.literal(word.toUpperCase(Locale.ROOT)))))
                .toList();
        return mongo.find(query(new Criteria().andOperator(conditions)).with(Sort.by("_id")), UnitDocument.class,
                COLLECTION).map(UnitDocument::toUnit);
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
    public Mono<Unit> insert(Unit unit, UnitUpserted event) {
        return store.create(COLLECTION, UnitDocument.of(unit),
                List.of(PendingEvent.of(EventCatalog.UNIT_UPSERTED_V1, event))).thenReturn(unit);
    }

    @Override
    public Mono<Unit> update(Unit changed, long expectedVersion, UnitUpserted event) {
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
        return store.update(COLLECTION, changed.code(), expectedVersion, change,
                List.of(PendingEvent.of(EventCatalog.UNIT_UPSERTED_V1, event))).thenReturn(changed);
    }
}
