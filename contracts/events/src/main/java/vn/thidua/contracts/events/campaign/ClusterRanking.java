package vn.thidua.contracts.events.campaign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.EventLists;

/**
 * The ranking of one emulation cluster, or of the units reviewed outside any cluster.
 *
 * @param clusterId   null for the units reviewed outside any cluster
 * @param clusterName null exactly when clusterId is
 * @param leadingUnit the cluster's leading unit (lá cờ đầu); null outside a cluster
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterRanking(String clusterId, String clusterName, UnitRef leadingUnit, List<RankedUnit> entries) {

    public ClusterRanking {
        entries = EventLists.required(entries);
    }
}
