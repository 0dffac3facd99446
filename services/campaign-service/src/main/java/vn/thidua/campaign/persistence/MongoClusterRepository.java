package vn.thidua.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.ClusterRepository;
import vn.thidua.campaign.domain.cluster.Cluster;
import vn.thidua.support.outbox.AggregateStore;

/**
 * Emulation clusters in the {@value #COLLECTION} collection. They publish no event (the reviews carry what the
 * other services need), but are written through the same conditional updates so that no change is lost.
 */
@Repository
class MongoClusterRepository implements ClusterRepository {

    static final String COLLECTION = "clusters";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoClusterRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Mono<Cluster> findById(String id) {
        return mongo.findById(id, Cluster.class, COLLECTION);
    }

    @Override
    public Flux<Cluster> findByIds(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), Cluster.class, COLLECTION);
    }

    @Override
    public Flux<Cluster> findAll(Integer year) {
        Criteria filter = year == null ? new Criteria() : where("years.year").is(year);
        return mongo.find(query(filter).with(Sort.by("name", "_id")), Cluster.class, COLLECTION);
    }

    @Override
    public Mono<Cluster> insert(Cluster cluster) {
        return store.create(COLLECTION, cluster, List.of()).thenReturn(cluster);
    }

    @Override
    public Mono<Cluster> update(Cluster changed, long expectedVersion) {
        var change = new Update()
                .set("name", changed.name())
                .set("kind", changed.kind())
                .set("criteria", changed.criteria())
                .set("years", changed.years())
                .set("updatedAt", changed.updatedAt())
                .set("updatedBy", changed.updatedBy());
        return store.update(COLLECTION, changed.id(), expectedVersion, change, List.of()).thenReturn(changed);
    }
}
