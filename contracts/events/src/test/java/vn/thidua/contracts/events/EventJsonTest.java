package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticlePublished;

class EventJsonTest {

    private static byte[] articleWith(String field, String value) {
        ObjectNode example = (ObjectNode) ContractSchemas.schemaDocument(EventCatalog.ARTICLE_PUBLISHED_V1)
                .path("examples").get(1);
        example.put(field, value);
        return example.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("consumers read a payload with a field added by a newer producer")
    void tolerantReader() {
        byte[] json = articleWith("readingTimeMinutes", "4");

        ArticlePublished article = EventJson.fromBytes(json, EventCatalog.ARTICLE_PUBLISHED_V1);

        assertThat(article.category()).isEqualTo(ArticleCategory.NEWS);
        assertThat(article.links()).isNull();
        assertThat(article.revision()).isNull();
    }

    @Test
    @DisplayName("the strict reader used by the contract tests refuses that field")
    void strictReader() {
        byte[] json = articleWith("readingTimeMinutes", "4");

        assertThatThrownBy(() -> EventJson.strictReader().forType(ArticlePublished.class).readValue(json))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("readingTimeMinutes");
    }

    @Test
    @DisplayName("decodes by ce_type, and refuses a type this build does not know")
    void byWireType() {
        byte[] json = articleWith("title", "Tin mới");

        assertThat(EventJson.fromBytes(json, "vn.thidua.publication.ArticlePublished.v1"))
                .isInstanceOf(ArticlePublished.class);
        assertThatThrownBy(() -> EventJson.fromBytes(json, "vn.thidua.publication.ArticleRetracted.v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ArticleRetracted");
    }

    @Test
    @DisplayName("writes dates as YYYY-MM-DD and instants as ISO-8601 UTC, and leaves absent fields out")
    void wireFormats() {
        CampaignLaunched launched = ContractSchemas.examples(EventCatalog.CAMPAIGN_LAUNCHED_V1).get(1);

        JsonNode json = EventJson.mapper().readTree(EventJson.toBytes(launched));

        assertThat(launched.period().to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(json.at("/period/to").asString()).isEqualTo("2025-06-30");
        assertThat(launched.launchedAt()).isEqualTo(Instant.parse("2025-02-24T08:05:12.250Z"));
        assertThat(json.path("launchedAt").asString()).isEqualTo("2025-02-24T08:05:12.250Z");
        assertThat(json.has("registrationDeadline")).isFalse();
        assertThat(json.path("scope").has("clusterIds")).isFalse();
        assertThat(json.at("/legalBasis").has("issuer")).isFalse();
    }

    record QuietEvent(String quietId, long aggregateVersion, String provinceCode) implements DomainEvent {
        @Override
        public String aggregateId() {
            return quietId;
        }
    }

    record AnnotatedEvent(String annotatedId, long aggregateVersion, String provinceCode) implements DomainEvent {
        @JsonProperty
        @Override
        public String aggregateId() {
            return annotatedId;
        }
    }

    record LeakyEvent(String leakyId, long aggregateVersion, String provinceCode) implements DomainEvent {
        @JsonIgnore(false)
        @JsonProperty
        @Override
        public String aggregateId() {
            return leakyId;
        }
    }

    @Test
    @DisplayName("aggregateId() stays off the wire, even when an override is annotated @JsonProperty")
    void aggregateIdIsNotSerialised() {
        JsonNode quiet = EventJson.mapper().readTree(EventJson.toBytes(new QuietEvent("q-1", 1, "19")));
        JsonNode annotated = EventJson.mapper().readTree(EventJson.toBytes(new AnnotatedEvent("a-1", 1, "19")));

        assertThat(quiet.propertyNames()).containsExactly("quietId", "aggregateVersion", "provinceCode");
        assertThat(annotated.propertyNames()).containsExactly("annotatedId", "aggregateVersion", "provinceCode");
    }

    @Test
    @DisplayName("a record that forces aggregateId() onto the wire is caught by the schema")
    void leakedAggregateIdIsCaught() {
        JsonNode leaky = EventJson.mapper().readTree(EventJson.toBytes(new LeakyEvent("l-1", 1, "19")));
        ObjectNode article = (ObjectNode) ContractSchemas.schemaDocument(EventCatalog.ARTICLE_PUBLISHED_V1)
                .path("examples").get(1);
        article.put("aggregateId", article.path("articleId").asString());

        assertThat(leaky.has("aggregateId")).isTrue();
        assertThat(ContractSchemas.violations(EventCatalog.ARTICLE_PUBLISHED_V1.wireType(), article))
                .containsExactly("$: property 'aggregateId' is not defined in the schema and the schema does not"
                        + " allow additional properties");
    }
}
