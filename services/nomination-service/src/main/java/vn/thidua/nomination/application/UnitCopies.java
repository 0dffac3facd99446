package vn.thidua.nomination.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.campaign.Headcount;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.support.messaging.EventConsumers;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;

/**
 * Keeps the local copy of campaign-service's units: the tree that scopes officers, the names issuers had on a
 * date, the headcounts collective ratios are computed on. Idempotent: an event not newer than the copy is skipped.
 */
@Service
public class UnitCopies {

    private final IdempotentUpdates updates;

    UnitCopies(IdempotentUpdates updates) {
        this.updates = updates;
    }

    public Mono<EventConsumers.Result> upserted(UnitUpserted unit, InboundEvent<UnitUpserted> event) {
        Map<String, Integer> headcounts = new LinkedHashMap<>();
        if (unit.headcounts() != null) {
            for (Headcount count : unit.headcounts()) {
                headcounts.put(String.valueOf(count.year()), count.members());
            }
        }
        var effect = new Update()
                .set("name", unit.name())
                .set("kind", unit.kind().name())
                .set("parentCode", unit.parent() == null ? null : unit.parent().code())
                .set("path", unit.path().stream().map(UnitRef::code).toList())
                .set("validFrom", unit.validFrom())
                .set("validTo", unit.validTo())
                .set("headcounts", headcounts);
        return updates.upsert(Collections.UNITS, unit.code(), event, effect)
                .map(outcome -> outcome == IdempotentUpdates.Outcome.APPLIED ? EventConsumers.Result.APPLIED
                        : EventConsumers.Result.DUPLICATE);
    }
}
