package vn.thidua.nomination.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.Topics;
import vn.thidua.nomination.application.NoticeService;
import vn.thidua.nomination.application.UnitCopies;
import vn.thidua.support.messaging.EventConsumers;

/**
 * What nomination-service reads: units from campaign-service (binding {@code campaignEvents-in-0}) and the
 * portal postings of its public notices from publication-service ({@code publicationEvents-in-0}).
 */
@Configuration
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventConsumers consumers, UnitCopies units) {
        return consumers.forTopic(Topics.CAMPAIGN)
                .on(EventCatalog.UNIT_UPSERTED_V1, units::upserted)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> publicationEvents(EventConsumers consumers, NoticeService notices) {
        return consumers.forTopic(Topics.PUBLICATION)
                .on(EventCatalog.ARTICLE_PUBLISHED_V1, (article, event) -> notices.posted(article))
                .build();
    }
}
