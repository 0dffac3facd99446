package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.RegistrationRepository;
import vn.thidua.campaign.domain.registration.Registration;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;

/**
 * Registrations in the {@value #COLLECTION} collection, one document per campaign and unit (the id is derived from
 * the two), each with its own outbox, so that units registering at once never contend on the campaign.
 */
@Repository
class MongoRegistrationRepository implements RegistrationRepository {

    static final String COLLECTION = "registrations";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoRegistrationRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Mono<Registration> findById(String id) {
        return mongo.findById(id, Registration.class, COLLECTION);
    }

    @Override
    public Flux<Registration> findByCampaign(String campaignId) {
        return mongo.find(query(where("campaignId").is(campaignId)).with(Sort.by("unit.code")), Registration.class,
                COLLECTION);
    }

    @Override
    public Mono<Registration> insert(Registration.Registered registered) {
        return store.create(COLLECTION, registered.registration(),
                        List.of(PendingEvent.of(EventCatalog.UNIT_REGISTERED_V1, registered.event())))
                .thenReturn(registered.registration());
    }

    @Override
    public Mono<Registration> update(Registration.Registered amended, long expectedVersion) {
        Registration r = amended.registration();
        var change = new Update()
                .set("targets", r.targets())
                .set("pledges", r.pledges())
                .set("amendedAt", r.amendedAt())
                .set("amendedBy", r.amendedBy());
        return store.update(COLLECTION, r.id(), expectedVersion, change,
                List.of(PendingEvent.of(EventCatalog.UNIT_REGISTERED_V1, amended.event()))).thenReturn(r);
    }
}
