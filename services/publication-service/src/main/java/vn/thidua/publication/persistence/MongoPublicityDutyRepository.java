package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.PublicityDutyRepository;
import vn.thidua.publication.domain.PublicityDuty;
import vn.thidua.support.outbox.AggregateStore;

/** Duties in {@value #COLLECTION}, stored as aggregates (version 1 at creation) like everything else. */
@Repository
class MongoPublicityDutyRepository implements PublicityDutyRepository {

    static final String COLLECTION = "publicity_duties";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoPublicityDutyRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Mono<PublicityDuty> insert(PublicityDuty duty) {
        return store.create(COLLECTION, duty, List.of()).then(mongo.findById(duty.id(), PublicityDuty.class, COLLECTION));
    }

    @Override
    public Flux<PublicityDuty> findOverlapping(String provinceCode, LocalDate from, LocalDate to, String unitCode) {
        Criteria criteria = where("provinceCode").is(provinceCode);
        if (to != null) {
            criteria = criteria.and("periodFrom").lte(to);
        }
        if (from != null) {
            criteria = criteria.and("periodTo").gte(from);
        }
        if (unitCode != null) {
            criteria = criteria.and("unitCode").is(unitCode);
        }
        return mongo.find(query(criteria).with(Sort.by("unitCode", "periodFrom", "kind")), PublicityDuty.class,
                COLLECTION);
    }
}
