package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** contracts/asyncapi.yaml is written by hand, so it is held to the catalog here. */
class AsyncApiTest {

    private static Map<String, Object> doc;

    @BeforeAll
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(ContractFiles.contractsDir().resolve("asyncapi.yaml"))) {
            doc = new Yaml().load(reader);
        }
    }

    @Test
    @DisplayName("is an AsyncAPI 3.0.0 document")
    void version() {
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(doc, "info")).containsKeys("title", "version");
    }

    @Test
    @DisplayName("declares every topic as a channel kept forever with explicit partitions")
    void channels() {
        Map<String, Object> channels = map(doc, "channels");
        Set<String> addresses = new TreeSet<>();
        for (Object channelValue : channels.values()) {
            Map<String, Object> channel = asMap(channelValue);
            addresses.add((String) channel.get("address"));
            assertThat((String) channel.get("description")).as("channel %s", channel.get("address")).isNotBlank();

            Map<String, Object> kafka = map(deref(channel.get("bindings")), "kafka");
            assertThat((Integer) kafka.get("partitions")).as("%s partitions", channel.get("address")).isPositive();
            assertThat(map(kafka, "topicConfiguration").get("retention.ms"))
                    .as("%s retention.ms", channel.get("address")).isEqualTo(-1);
        }
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.all());
    }

    @Test
    @DisplayName("names every catalog type in a message on its topic's channel, with headers and the schema file")
    void messages() {
        for (EventType<?> type : EventCatalog.all()) {
            Map<String, Object> message = messageNamed(type.wireType());
            Map<String, Object> headers = headersOf(message);

            assertThat(map(map(headers, "properties"), "ce_type").get("const")).as("%s ce_type", type)
                    .isEqualTo(type.wireType());
            assertThat(map(map(headers, "properties"), "ce_source").get("const")).as("%s ce_source", type)
                    .isEqualTo(type.source());
            assertThat(asList(headers.get("required"))).as("%s headers", type).contains("ce_id", "ce_source",
                    "ce_type", "ce_subject", "ce_time", "ce_specversion");

            String ref = (String) map(map(message, "payload"), "schema").get("$ref");
            assertThat(ref).as("%s payload", type).isEqualTo("./" + type.schemaPath().substring("contracts/".length()));

            Map<String, Object> channel = channelWithAddress(type.topic());
            assertThat(map(channel, "messages").values()).as("%s on channel %s", type, type.topic())
                    .anyMatch(channelMessage -> deref(channelMessage) == message);
        }
    }

    @Test
    @DisplayName("lists no message the catalog does not know")
    void noStrayMessages() {
        List<String> catalogued = EventCatalog.all().stream().map(EventType::wireType).toList();
        for (Object message : map(map(doc, "components"), "messages").values()) {
            assertThat(catalogued).contains((String) asMap(message).get("name"));
        }
    }

    @Test
    @DisplayName("has the owning service send each event, and receivers on the same channel and message")
    void operations() {
        Map<String, Object> operations = map(doc, "operations");
        for (EventType<?> type : EventCatalog.all()) {
            Map<String, Object> channel = channelWithAddress(type.topic());
            Map<String, Object> message = messageNamed(type.wireType());
            List<String> senders = new ArrayList<>();
            for (Object value : operations.values()) {
                Map<String, Object> operation = asMap(value);
                boolean carries = ((List<?>) operation.get("messages")).stream().anyMatch(m -> deref(m) == message);
                if (carries) {
                    assertThat(deref(operation.get("channel"))).as("channel of an operation on %s", type)
                            .isSameAs(channel);
                    if ("send".equals(operation.get("action"))) {
                        senders.add((String) operation.get("x-thidua-service"));
                    }
                }
            }
            assertThat(senders).as("senders of %s", type).containsExactly(Sources.serviceOf(type.source()));
        }
        assertThat(operations).containsKeys(
                "publicationService.receiveCampaignLaunched",
                "nominationService.receiveArticlePublished",
                "exemplarService.receiveArticlePublished");
    }

    @Test
    @DisplayName("every $ref resolves, inside the document or to a file beside it")
    void referencesResolve() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(pointer(ref)).as(ref).isNotNull();
            } else {
                Path file = ContractFiles.contractsDir().resolve(ref).normalize();
                assertThat(file).as(ref).isRegularFile();
                assertThat(file.startsWith(ContractFiles.schemasDir())).as("%s stays in schemas/", ref).isTrue();
            }
        }
    }

    private static Map<String, Object> messageNamed(String wireType) {
        return map(map(doc, "components"), "messages").values().stream()
                .map(AsyncApiTest::asMap)
                .filter(message -> wireType.equals(message.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("asyncapi.yaml has no message named " + wireType));
    }

    private static Map<String, Object> channelWithAddress(String topic) {
        return map(doc, "channels").values().stream()
                .map(AsyncApiTest::asMap)
                .filter(channel -> topic.equals(channel.get("address")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("asyncapi.yaml has no channel for " + topic));
    }

    /** The message's headers schema with its allOf parts merged, properties and required lists combined. */
    private static Map<String, Object> headersOf(Map<String, Object> message) {
        Map<String, Object> headers = deref(message.get("headers"));
        Map<String, Object> properties = new LinkedHashMap<>();
        Set<Object> required = new LinkedHashSet<>();
        List<Object> parts = headers.containsKey("allOf") ? asList(headers.get("allOf")) : List.of(headers);
        for (Object part : parts) {
            Map<String, Object> schema = deref(part);
            if (schema.get("properties") != null) {
                map(schema, "properties").forEach((name, property) -> {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    if (properties.get(name) != null) {
                        merged.putAll(asMap(properties.get(name)));
                    }
                    merged.putAll(asMap(property));
                    properties.put(name, merged);
                });
            }
            if (schema.get("required") != null) {
                required.addAll(asList(schema.get("required")));
            }
        }
        return Map.of("properties", properties, "required", List.copyOf(required));
    }

    private static Map<String, Object> deref(Object node) {
        Map<String, Object> map = asMap(node);
        Object ref = map.get("$ref");
        return ref == null ? map : deref(pointer((String) ref));
    }

    private static Object pointer(String ref) {
        Object node = doc;
        for (String token : ref.substring(2).split("/")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(token.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add((String) value);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("asyncapi.yaml: %s", key).isInstanceOf(Map.class);
        return asMap(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }
}
