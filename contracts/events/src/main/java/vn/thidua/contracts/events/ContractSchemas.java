package vn.thidua.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the events, read from this jar (the build copies {@code contracts/schemas} into it under
 * {@code contracts/schemas/}). Every producer validates what it emits here in its tests:
 *
 * <pre>{@code
 * ContractSchemas.assertValid(event);               // a record, serialised as it goes on the wire
 * ContractSchemas.assertValid(ceType, record.value()); // bytes a test read back from the topic
 * }</pre>
 */
public final class ContractSchemas {

    /** Classpath location of the hand-written AsyncAPI document. */
    public static final String ASYNCAPI_PATH = "contracts/asyncapi.yaml";

    // The x-thidua-* keywords name the wire type and topic for people and tests; declaring every x- keyword an
    // annotation keeps the validator from warning about them in every producer's test log.
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .unknownKeywordFactory((keyword, context) -> keyword.startsWith("x-")
                    ? new AnnotationKeyword(keyword)
                    : UnknownKeywordFactory.getInstance().getKeyword(keyword, context))
            .build();

    // Draft 2020-12 treats "format" as an annotation only; the contract means it (dates, instants, UUIDs).
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            DIALECT,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .locale(Locale.ENGLISH)
                    .build()));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** Violations of the wire type's schema, each as {@code $.path: message}; empty when the payload conforms. */
    public static List<String> violations(String wireType, byte[] json) {
        return violations(wireType, new String(json, StandardCharsets.UTF_8));
    }

    public static List<String> violations(String wireType, String json) {
        JsonNode payload;
        try {
            payload = EventJson.mapper().readTree(json);
        } catch (JacksonException e) {
            return List.of("$: not valid JSON: " + e.getOriginalMessage());
        }
        return violations(wireType, payload);
    }

    public static List<String> violations(String wireType, JsonNode json) {
        List<String> violations = new ArrayList<>();
        for (Error error : schema(type(wireType)).validate(json)) {
            violations.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return List.copyOf(violations);
    }

    /** Violations of the event as {@link EventJson} puts it on the wire, under the type its record is registered as. */
    public static List<String> violations(DomainEvent event) {
        return violations(EventCatalog.forPayload(event).wireType(), EventJson.toBytes(event));
    }

    /** @throws ContractViolationError listing every violation and the payload */
    public static void assertValid(String wireType, byte[] json) {
        assertValid(wireType, new String(json, StandardCharsets.UTF_8));
    }

    /** @throws ContractViolationError listing every violation and the payload */
    public static void assertValid(String wireType, String json) {
        List<String> violations = violations(wireType, json);
        if (!violations.isEmpty()) {
            throw new ContractViolationError(wireType, violations, json);
        }
    }

    /** @throws ContractViolationError listing every violation and the payload */
    public static void assertValid(DomainEvent event) {
        assertValid(EventCatalog.forPayload(event).wireType(), EventJson.toJson(event));
    }

    /** A copy of the schema document of an event type, e.g. to read its {@code examples}. */
    public static JsonNode schemaDocument(EventType<?> type) {
        return schema(type).getSchemaNode().deepCopy();
    }

    /**
     * The schema's examples decoded into records. Consumers can feed them to their handlers, so that their tests
     * run on the same payloads the contract shows.
     */
    public static <T extends DomainEvent> List<T> examples(EventType<T> type) {
        List<T> examples = new ArrayList<>();
        for (JsonNode example : schema(type).getSchemaNode().path("examples")) {
            examples.add(EventJson.mapper().treeToValue(example, type.payloadType()));
        }
        return List.copyOf(examples);
    }

    private static EventType<?> type(String wireType) {
        return EventCatalog.byWireType(wireType)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event wire type: " + wireType
                        + "; known: " + EventCatalog.all()));
    }

    private static Schema schema(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.wireType(), wireType -> load(type.schemaPath()));
    }

    private static Schema load(String path) {
        ClassLoader loader = ContractSchemas.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + path + " is not on the classpath");
            }
            Schema schema = REGISTRY.getSchema(EventJson.mapper().readTree(in));
            // Compile every keyword now, so that a broken schema fails at first use rather than mid-validation.
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + path, e);
        }
    }
}
