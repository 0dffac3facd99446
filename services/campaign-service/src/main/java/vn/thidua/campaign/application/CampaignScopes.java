package vn.thidua.campaign.application;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.cluster.Cluster;
import vn.thidua.campaign.domain.review.Scoring;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.campaign.CampaignScope;

/**
 * Which units take part in a campaign: the units its scope lists, their sub-units when the scope says so (by the
 * registry's tree), and the members of its clusters in the year in question.
 */
@Component
public class CampaignScopes {

    private final ClusterRepository clusters;

    public CampaignScopes(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    public Mono<Boolean> includes(Campaign campaign, Unit unit, int year) {
        if (listed(campaign.definition().scope(), unit)) {
            return Mono.just(true);
        }
        return peers(campaign, year).map(all -> all.stream()
                .anyMatch(peers -> peers.unitCodes().contains(unit.code())));
    }

    /** The campaign's clusters with their members of {@code year}, in the order the scope lists them. */
    public Mono<List<Scoring.Peers>> peers(Campaign campaign, int year) {
        List<String> ids = campaign.definition().scope().clusterIds();
        if (ids == null || ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return clusters.findByIds(ids).collectMap(Cluster::id).map(byId -> ids.stream()
                .filter(byId::containsKey).map(byId::get)
                .map(cluster -> new Scoring.Peers(cluster.id(), cluster.name(), cluster.year(year)
                        .map(y -> Set.copyOf(y.memberCodes())).orElse(Set.of())))
                .toList());
    }

    static boolean listed(CampaignScope scope, Unit unit) {
        if (scope.unitCodes().contains(unit.code())) {
            return true;
        }
        return scope.includeSubUnits() && unit.path().stream().anyMatch(scope.unitCodes()::contains);
    }
}
