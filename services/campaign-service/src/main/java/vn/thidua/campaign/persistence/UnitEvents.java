package vn.thidua.campaign.persistence;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.outbox.PendingEvent;

/** The events a unit write puts in the unit's outbox. */
@Component
class UnitEvents {

    /** {@code UnitUpserted} arrives with the lead's contract; until then a unit write publishes nothing. */
    List<PendingEvent<?>> upserted(Unit unit, Unit parent) {
        return List.of();
    }
}
