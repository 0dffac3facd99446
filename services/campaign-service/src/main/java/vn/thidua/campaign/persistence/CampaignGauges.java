package vn.thidua.campaign.persistence;

import java.util.Arrays;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.support.metrics.RefreshedGauges;

/** {@code thidua_campaigns{status}}: campaigns per status, every status of the lifecycle (0 included). */
@Component
class CampaignGauges {

    static final String CAMPAIGNS = "thidua.campaigns";

    CampaignGauges(RefreshedGauges gauges, ReactiveMongoOperations mongo) {
        var statuses = Arrays.stream(CampaignStatus.values()).map(Enum::name).toList();
        gauges.register(CAMPAIGNS, "Campaigns by status", () -> RefreshedGauges.countByField(
                mongo, MongoCampaignRepository.COLLECTION, "status", "status", statuses));
    }
}
