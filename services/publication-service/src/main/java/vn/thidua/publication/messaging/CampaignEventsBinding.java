package vn.thidua.publication.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.Topics;
import vn.thidua.publication.application.EventDrafts;
import vn.thidua.support.messaging.EventConsumers;

/** What publication-service does with campaign-service's events (binding {@code campaignEvents-in-0}). */
@Configuration
class CampaignEventsBinding {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventConsumers consumers, EventDrafts drafts) {
        return consumers.forTopic(Topics.CAMPAIGN)
                .on(EventCatalog.CAMPAIGN_LAUNCHED_V1, drafts::campaignLaunched)
                .build();
    }
}
