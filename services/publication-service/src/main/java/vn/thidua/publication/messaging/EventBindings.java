package vn.thidua.publication.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.Topics;
import vn.thidua.publication.application.EventDrafts;
import vn.thidua.support.messaging.EventConsumers;

/**
 * What publication-service does with the other services' events: bindings {@code campaignEvents-in-0},
 * {@code nominationEvents-in-0} and {@code exemplarEvents-in-0}. Types not listed are skipped.
 */
@Configuration
class EventBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventConsumers consumers, EventDrafts drafts) {
        return consumers.forTopic(Topics.CAMPAIGN)
                .on(EventCatalog.CAMPAIGN_LAUNCHED_V1, drafts::campaignLaunched)
                .on(EventCatalog.CAMPAIGN_REVIEWED_V1, drafts::campaignReviewed)
                .on(EventCatalog.UNIT_UPSERTED_V1, drafts::unitUpserted)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> nominationEvents(EventConsumers consumers, EventDrafts drafts) {
        return consumers.forTopic(Topics.NOMINATION)
                .on(EventCatalog.PUBLIC_NOTICE_OPENED_V1, drafts::publicNoticeOpened)
                .on(EventCatalog.PUBLIC_NOTICE_CLOSED_V1, drafts::publicNoticeClosed)
                .on(EventCatalog.DECISION_ISSUED_V1, drafts::decisionIssued)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> exemplarEvents(EventConsumers consumers, EventDrafts drafts) {
        return consumers.forTopic(Topics.EXEMPLAR)
                .on(EventCatalog.EXEMPLAR_RECOGNISED_V1, drafts::exemplarRecognised)
                .build();
    }
}
