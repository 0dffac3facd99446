package vn.thidua.campaign.application;

import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.cluster.Cluster;

/** Where emulation clusters live. */
public interface ClusterRepository {

    Mono<Cluster> findById(String id);

    Flux<Cluster> findByIds(Collection<String> ids);

    /** Every cluster, by name; with {@code year}, only those that have members that year. */
    Flux<Cluster> findAll(Integer year);

    Mono<Cluster> insert(Cluster cluster);

    Mono<Cluster> update(Cluster changed, long expectedVersion);
}
