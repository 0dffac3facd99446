package vn.thidua.campaign.domain.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The order of the units scored against each other in one emulation cluster, or of the units reviewed outside
 * any cluster ({@code clusterId} null).
 *
 * @param leadingUnitCode the unit ranked first in a cluster: its leading unit (lá cờ đầu); null outside a cluster
 */
public record ClusterRanking(String clusterId, String clusterName, List<Ranked> ranking, String leadingUnitCode) {

    public ClusterRanking {
        ranking = List.copyOf(ranking);
    }

    public record Ranked(int rank, String unitCode, String unitName, BigDecimal total) {
    }
}
