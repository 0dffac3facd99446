package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every example in every schema goes through the records and back unchanged, and conforms to its schema. */
class ContractExamplesTest {

    static Stream<Arguments> examples() {
        return EventCatalog.all().stream().flatMap(type -> {
            JsonNode examples = ContractFiles.schema(type).path("examples");
            return IntStream.range(0, examples.size())
                    .mapToObj(index -> Arguments.of(type, index, examples.get(index)));
        });
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    @DisplayName("an example survives strict decoding into the record and encoding back, field for field")
    void roundTrip(EventType<?> type, int index, JsonNode example) {
        byte[] exampleBytes = EventJson.mapper().writeValueAsBytes(example);

        DomainEvent event = EventJson.strictReader().forType(type.payloadType()).readValue(exampleBytes);
        byte[] written = EventJson.toBytes(event);
        JsonNode writtenTree = EventJson.mapper().readTree(written);

        assertThat(writtenTree)
                .as("%s example %d re-encoded from %s%nexpected: %s%nactual:   %s", type, index,
                        type.payloadType().getSimpleName(), example, writtenTree)
                .isEqualTo(example);
        assertThat(writtenTree.has("aggregateId"))
                .as("aggregateId() must stay off the wire: the payload names the id after its aggregate")
                .isFalse();
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    @DisplayName("an example and its re-encoding both conform to the schema")
    void conforms(EventType<?> type, int index, JsonNode example) {
        assertThat(ContractSchemas.violations(type.wireType(), example)).as("example as written").isEmpty();

        DomainEvent event = EventJson.mapper().treeToValue(example, type.payloadType());
        assertThat(ContractSchemas.violations(event)).as("example re-encoded").isEmpty();
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    @DisplayName("the DomainEvent view reads the id, version and tenant the schema names")
    void domainEventView(EventType<?> type, int index, JsonNode example) {
        String subjectField = ContractFiles.schema(type).path("x-thidua-subject").asString();

        DomainEvent event = EventJson.mapper().treeToValue(example, type.payloadType());

        assertThat(event.aggregateId()).isEqualTo(example.path(subjectField).asString());
        assertThat(event.aggregateVersion()).isEqualTo(example.path("aggregateVersion").asLong());
        assertThat(event.provinceCode()).isEqualTo(example.path("provinceCode").asString());
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    @DisplayName("the wire form does not depend on the mapper a service happens to configure")
    void sameBytesWithAPlainMapper(EventType<?> type, int index, JsonNode example) {
        DomainEvent event = EventJson.mapper().treeToValue(example, type.payloadType());
        JsonMapper plain = JsonMapper.builder().build();

        assertThat(plain.readTree(plain.writeValueAsBytes(event))).isEqualTo(example);
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    @DisplayName("Vietnamese text in the examples is NFC")
    void textIsNfc(EventType<?> type, int index, JsonNode example) {
        List<String> notNfc = new ArrayList<>();
        collectStrings(example, "$", (path, text) -> {
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                notNfc.add(path + ": " + text);
            }
        });
        assertThat(notNfc).isEmpty();
    }

    @Test
    @DisplayName("each schema shows one example with every optional field and one with only the required ones")
    void examplesCoverOptionality() {
        for (EventType<?> type : EventCatalog.all()) {
            JsonNode schema = ContractFiles.schema(type);
            List<JsonNode> examples = new ArrayList<>();
            schema.path("examples").forEach(examples::add);

            assertThat(examples).as("%s examples", type).hasSizeGreaterThanOrEqualTo(2);
            assertThat(examples).as("%s: an example with every optional field, at every level", type)
                    .anyMatch(example -> missingOptional(schema, schema, example, "$").isEmpty());
            assertThat(examples).as("%s: an example with only required fields, at every level", type)
                    .anyMatch(example -> presentOptional(schema, schema, example, "$").isEmpty());
        }
    }

    /** Optional properties the example leaves out; in arrays of objects, the union of the items counts. */
    private static List<String> missingOptional(JsonNode root, JsonNode schemaOrRef, JsonNode value, String path) {
        JsonNode schema = resolve(root, schemaOrRef);
        List<String> missing = new ArrayList<>();
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String name = property.getKey();
                if (!value.has(name)) {
                    missing.add(path + "." + name);
                } else {
                    missing.addAll(missingOptional(root, property.getValue(), value.get(name), path + "." + name));
                }
            }
        } else if (value.isArray() && resolve(root, schema.path("items")).path("type").asString("").equals("object")) {
            List<String> missingInEvery = null;
            for (JsonNode item : value) {
                List<String> missingHere = missingOptional(root, schema.path("items"), item, path + "[]");
                if (missingInEvery == null) {
                    missingInEvery = new ArrayList<>(missingHere);
                } else {
                    missingInEvery.retainAll(missingHere);
                }
            }
            if (missingInEvery != null) {
                missing.addAll(missingInEvery);
            }
        }
        return missing;
    }

    private static List<String> presentOptional(JsonNode root, JsonNode schemaOrRef, JsonNode value, String path) {
        JsonNode schema = resolve(root, schemaOrRef);
        List<String> present = new ArrayList<>();
        if (value.isObject()) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                String name = property.getKey();
                if (!required.contains(name)) {
                    present.add(path + "." + name);
                }
                present.addAll(presentOptional(root, schema.path("properties").path(name), property.getValue(),
                        path + "." + name));
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                present.addAll(presentOptional(root, schema.path("items"), item, path + "[]"));
            }
        }
        return present;
    }

    /** Follows a local {@code $ref} ("#/$defs/unitRef") so that shared definitions are checked like inline ones. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? resolve(root, root.at(ref.substring(1))) : schema;
    }

    private interface StringVisitor {
        void visit(String path, String text);
    }

    private static void collectStrings(JsonNode node, String path, StringVisitor visitor) {
        if (node.isString()) {
            visitor.visit(path, node.asString());
        } else if (node.isObject()) {
            node.properties().forEach(entry -> collectStrings(entry.getValue(), path + "." + entry.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStrings(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
