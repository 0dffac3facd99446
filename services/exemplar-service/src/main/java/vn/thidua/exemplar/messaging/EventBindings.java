package vn.thidua.exemplar.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.Topics;
import vn.thidua.exemplar.application.EventDiscovery;
import vn.thidua.support.messaging.EventConsumers;

/** What exemplar-service reads from the other services' topics, one binding per topic. */
@Configuration
class EventBindings {

    /** Binding {@code campaignEvents-in-0}: the unit tree and the leading units of reviews. */
    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventConsumers consumers, EventDiscovery discovery) {
        return consumers.forTopic(Topics.CAMPAIGN)
                .on(EventCatalog.UNIT_UPSERTED_V1, discovery::unitUpserted)
                .on(EventCatalog.CAMPAIGN_REVIEWED_V1, discovery::campaignReviewed)
                .build();
    }

    /** Binding {@code nominationEvents-in-0}: decisions open exemplars, revocations take the link away. */
    @Bean
    Consumer<Message<byte[]>> nominationEvents(EventConsumers consumers, EventDiscovery discovery) {
        return consumers.forTopic(Topics.NOMINATION)
                .on(EventCatalog.DECISION_ISSUED_V1, discovery::decisionIssued)
                .on(EventCatalog.AWARD_REVOKED_V1, discovery::awardRevoked)
                .build();
    }

    /** Binding {@code publicationEvents-in-0}: articles about exemplars. */
    @Bean
    Consumer<Message<byte[]>> publicationEvents(EventConsumers consumers, EventDiscovery discovery) {
        return consumers.forTopic(Topics.PUBLICATION)
                .on(EventCatalog.ARTICLE_PUBLISHED_V1, discovery::articlePublished)
                .on(EventCatalog.ARTICLE_WITHDRAWN_V1, discovery::articleWithdrawn)
                .build();
    }
}
