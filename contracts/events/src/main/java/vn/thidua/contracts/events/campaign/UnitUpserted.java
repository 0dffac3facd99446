package vn.thidua.contracts.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.campaign.UnitUpserted.v1}: an organisation unit was created or changed. Event-carried state:
 * the whole unit, so that consumers keep a local copy without calling campaign-service back.
 * The schema {@code contracts/schemas/campaign-service/UnitUpserted.v1.json} is the source of truth.
 *
 * @param path            the units from the root of the tree down to this one, inclusive
 * @param parent          null for the root of the tree
 * @param validTo         null while the unit exists; else its last day
 * @param predecessorCodes null when the unit succeeded no other
 * @param successorCodes   null unless the unit was abolished or merged into others
 * @param headcounts       null when no year has been counted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitUpserted(
        String unitId,
        long aggregateVersion,
        String provinceCode,
        String code,
        String name,
        UnitKind kind,
        UnitRef parent,
        List<UnitRef> path,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> predecessorCodes,
        List<String> successorCodes,
        List<Headcount> headcounts,
        Instant changedAt) implements DomainEvent {

    public UnitUpserted {
        path = EventLists.required(path);
        predecessorCodes = EventLists.optional(predecessorCodes);
        successorCodes = EventLists.optional(successorCodes);
        headcounts = EventLists.optional(headcounts);
    }

    /** Members counted for a year, or null when that year was not counted. */
    public Integer membersIn(int year) {
        if (headcounts == null) {
            return null;
        }
        return headcounts.stream().filter(count -> count.year() == year).map(Headcount::members).findFirst()
                .orElse(null);
    }

    /** True when the unit existed on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return unitId;
    }
}
