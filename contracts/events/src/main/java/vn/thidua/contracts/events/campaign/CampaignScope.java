package vn.thidua.contracts.events.campaign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.EventLists;

/** @param clusterIds emulation clusters or blocs scored against each other; null when none */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignScope(List<String> unitCodes, boolean includeSubUnits, List<String> clusterIds) {

    public CampaignScope {
        unitCodes = EventLists.required(unitCodes);
        clusterIds = EventLists.optional(clusterIds);
    }
}
