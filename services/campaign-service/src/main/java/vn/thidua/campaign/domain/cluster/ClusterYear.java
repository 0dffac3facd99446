package vn.thidua.campaign.domain.cluster;

import java.util.List;

/** A cluster's members in one year and the unit that leads it that year (cụm trưởng). */
public record ClusterYear(int year, List<String> memberCodes, String leaderCode) {

    public ClusterYear {
        memberCodes = memberCodes == null ? List.of() : List.copyOf(memberCodes);
    }
}
