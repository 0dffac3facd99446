package vn.thidua.exemplar.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.exemplar.domain.Change;

/**
 * {@code thidua_exemplar_transitions_total}: each step of the lifecycle, by event (ExemplarDiscovered, ModelAdopted…),
 * the status it left the exemplar in, and its field. The indicators a province reports (exemplars discovered,
 * recognised, models replicated) read straight off it.
 */
@Component
public class ExemplarMetrics {

    static final String TRANSITIONS = "thidua.exemplar.transitions";

    private final MeterRegistry registry;

    public ExemplarMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void transition(Change change) {
        if (change.event() == null) {
            return;
        }
        Counter.builder(TRANSITIONS)
                .description("Exemplar lifecycle steps, by event, resulting status and field")
                .tag("event", EventCatalog.forPayload(change.event()).eventName())
                .tag("status", change.exemplar().status().name())
                .tag("field", change.exemplar().field().name())
                .register(registry)
                .increment();
    }
}
