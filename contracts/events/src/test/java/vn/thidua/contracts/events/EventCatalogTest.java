package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.publication.ArticlePublished;

class EventCatalogTest {

    @Test
    @DisplayName("every schema file is registered in the catalog, and every catalog type has its file")
    void schemaFilesAndCatalogAgree() {
        List<String> registered = EventCatalog.all().stream().map(EventType::schemaPath).sorted().toList();

        assertThat(ContractFiles.schemaPaths())
                .as("files under contracts/schemas (left) against EventCatalog (right)")
                .containsExactlyElementsOf(registered);
    }

    @Test
    @DisplayName("wire type, topic, source and file name tell the same story as the schema")
    void namesAgree() {
        for (EventType<?> type : EventCatalog.all()) {
            JsonNode schema = ContractFiles.schema(type);
            String service = Sources.serviceOf(type.source());
            String shortService = service.substring(0, service.length() - "-service".length());

            assertThat(schema.path("x-thidua-wire-type").asString()).as("%s x-thidua-wire-type", type)
                    .isEqualTo(type.wireType());
            assertThat(schema.path("x-thidua-topic").asString()).as("%s x-thidua-topic", type)
                    .isEqualTo(type.topic());
            assertThat(type.wireType()).as("%s names the publishing service", type)
                    .startsWith("vn.thidua." + shortService + ".");
            assertThat(type.topic()).as("%s topic", type).isEqualTo(shortService + ".events");
            assertThat(Topics.all()).contains(type.topic());
            assertThat(type.schemaPath()).as("%s schema file", type).isEqualTo(
                    "contracts/schemas/" + service + "/" + type.eventName() + ".v" + type.version() + ".json");
            assertThat(schema.path("$id").asString()).as("%s $id", type)
                    .isEqualTo("https://thidua.vn/" + type.schemaPath());
            assertThat(schema.path("$schema").asString())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("title").asString()).isEqualTo(type.eventName() + " v" + type.version());
            assertThat(schema.path("description").asString()).isNotBlank();
        }
    }

    @Test
    @DisplayName("every payload carries its aggregate id, the aggregate version and the province code")
    void commonFieldsAreRequired() {
        for (EventType<?> type : EventCatalog.all()) {
            JsonNode schema = ContractFiles.schema(type);
            String subject = schema.path("x-thidua-subject").asString("");
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asString()));

            assertThat(subject).as("%s x-thidua-subject", type).endsWith("Id");
            assertThat(required).as("%s required", type).contains(subject, "aggregateVersion", "provinceCode");
            assertThat(schema.path("properties").path("aggregateVersion").path("minimum").asInt()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("every object in a schema is closed with additionalProperties: false")
    void objectsAreClosed() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(openObjects(ContractFiles.schema(type), "$")).as("%s", type).isEmpty();
        }
    }

    private static List<String> openObjects(JsonNode node, String path) {
        List<String> open = new ArrayList<>();
        if (node.isObject()) {
            JsonNode additional = node.path("additionalProperties");
            boolean closed = additional.isBoolean() && !additional.asBoolean();
            if (node.has("properties") && !closed) {
                open.add(path);
            }
            node.properties().forEach(entry -> {
                if (!"examples".equals(entry.getKey())) {
                    open.addAll(openObjects(entry.getValue(), path + "." + entry.getKey()));
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                open.addAll(openObjects(node.get(i), path + "[" + i + "]"));
            }
        }
        return open;
    }

    @Test
    @DisplayName("wire types and payload records are unique")
    void unique() {
        assertThat(EventCatalog.all()).extracting(EventType::wireType).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventType::payloadType).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("looks types up by wire type and by payload")
    void lookups() {
        assertThat(EventCatalog.byWireType("vn.thidua.campaign.CampaignLaunched.v1"))
                .contains(EventCatalog.CAMPAIGN_LAUNCHED_V1);
        assertThat(EventCatalog.byWireType("vn.thidua.campaign.CampaignLaunched.v9")).isEmpty();
        assertThat(EventCatalog.forPayload(ArticlePublished.class)).isSameAs(EventCatalog.ARTICLE_PUBLISHED_V1);
        assertThat(EventCatalog.forPayload(CampaignLaunched.class).topic()).isEqualTo(Topics.CAMPAIGN);
        assertThat(EventCatalog.CAMPAIGN_LAUNCHED_V1.eventName()).isEqualTo("CampaignLaunched");
        assertThat(EventCatalog.CAMPAIGN_LAUNCHED_V1.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unregistered record is refused with a pointer to the catalog")
    void unregisteredPayload() {
        record Stray(String strayId, long aggregateVersion, String provinceCode) implements DomainEvent {
            @Override
            public String aggregateId() {
                return strayId;
            }
        }

        assertThatThrownBy(() -> EventCatalog.forPayload(Stray.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Stray")
                .hasMessageContaining("EventCatalog");
    }

    @Test
    @DisplayName("a wire type that breaks the naming rule cannot be declared")
    void wireTypeNaming() {
        assertThatThrownBy(() -> new EventType<>("CampaignLaunched", Topics.CAMPAIGN, Sources.CAMPAIGN_SERVICE,
                CampaignLaunched.class, "contracts/schemas/campaign-service/CampaignLaunched.v1.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vn.thidua.<service>.<EventName>.v<N>");
    }

    @Test
    @DisplayName("the jar carries the same schemas and AsyncAPI document as the contracts folder")
    void jarCopyMatchesSource() throws Exception {
        for (String path : ContractFiles.schemaPaths()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as("%s on the classpath", path).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(ContractFiles.file(path)));
            }
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContractSchemas.ASYNCAPI_PATH)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(ContractFiles.contractsDir().resolve("asyncapi.yaml")));
        }
    }
}
