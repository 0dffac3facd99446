package vn.thidua.contracts.events.campaign;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.campaign.UnitRegistered.v1}: a unit registered (đăng ký thi đua) its targets and pledges in a
 * launched campaign, or amended them before the deadline; each event carries the whole registration as it now
 * stands. The schema {@code contracts/schemas/campaign-service/UnitRegistered.v1.json} is the source of truth.
 *
 * @param pledges null when the unit pledged nothing beyond its targets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitRegistered(
        String registrationId,
        long aggregateVersion,
        String provinceCode,
        String campaignId,
        UnitRef unit,
        List<RegistrationTarget> targets,
        List<String> pledges,
        boolean amendment,
        Instant registeredAt,
        String registeredBy) implements DomainEvent {

    public UnitRegistered {
        targets = EventLists.required(targets);
        pledges = EventLists.optional(pledges);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return registrationId;
    }
}
