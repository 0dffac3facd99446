package vn.thidua.nomination.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.Decision;

/**
 * {@code thidua_decisions_issued_total{award_type}}: decisions issued, counted once for each award type among a
 * decision's grants (a decision granting "Lao động tiên tiến" to twenty people counts one). Every award type of the
 * bundled catalogue exists from start-up at 0.
 */
@Component
public class DecisionMetrics {

    static final String DECISIONS_ISSUED = "thidua.decisions.issued";

    private final MeterRegistry registry;

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
        Catalogue.bundledTypes().stream().map(AwardType::code).forEach(this::issued);
    }

    void issued(Decision decision) {
        decision.grants().stream().map(Decision.Grant::awardCode).distinct()
                .forEach(code -> issued(code).increment());
    }

    private Counter issued(String awardType) {
        return Counter.builder(DECISIONS_ISSUED).description("Commendation decisions issued, per award type granted")
                .tag("award_type", awardType).register(registry);
    }
}
