package vn.thidua.exemplar.persistence;

import java.util.Arrays;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Component;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.support.metrics.RefreshedGauges;

/** {@code thidua_exemplars{status}}: exemplars per status, every status of the lifecycle (0 included). */
@Component
class ExemplarGauges {

    static final String EXEMPLARS = "thidua.exemplars";

    ExemplarGauges(RefreshedGauges gauges, ReactiveMongoOperations mongo) {
        var statuses = Arrays.stream(ExemplarStatus.values()).map(Enum::name).toList();
        gauges.register(EXEMPLARS, "Exemplars by status", () -> RefreshedGauges.countByField(
                mongo, MongoExemplarRepository.COLLECTION, "status", "status", statuses));
    }
}
