package vn.thidua.publication.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventJson;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** What the service put on {@code publication.events}, each record checked against its schema. */
final class PublicationTopic {

    private static TopicReader reader;

    private PublicationTopic() {
    }

    static ArticlePublished awaitPublished(String articleId, long version) {
        return awaitEvent(EventCatalog.ARTICLE_PUBLISHED_V1, articleId, version);
    }

    static ArticleWithdrawn awaitWithdrawn(String articleId, long version) {
        return awaitEvent(EventCatalog.ARTICLE_WITHDRAWN_V1, articleId, version);
    }

    private static synchronized <T extends DomainEvent> T awaitEvent(EventType<T> type, String articleId,
                                                                     long version) {
        if (reader == null) {
            // One reader for the test JVM, from the beginning of the topic: it is closed with the JVM.
            reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), Topics.PUBLICATION);
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                .filter(r -> articleId.equals(r.key()))
                .filter(r -> type.wireType().equals(TopicReader.header(r, "ce_type")))
                .map(r -> {
                    ContractSchemas.assertValid(type.wireType(), r.value());
                    return EventJson.fromBytes(r.value(), type);
                })
                .filter(e -> e.aggregateVersion() == version)
                .findFirst().orElse(null), e -> e != null);
    }
}
