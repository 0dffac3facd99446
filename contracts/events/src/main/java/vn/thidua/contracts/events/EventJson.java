package vn.thidua.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of event payloads (UTF-8). Producers and consumers use this mapper rather than an application's
 * own, so that the bytes on the wire never depend on a service's Jackson settings.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            // Keeps the wire order equal to the record (and schema) order, which makes payloads easier to read.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Producers may add optional fields without a new version; old consumers must keep working.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectReader STRICT_READER = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    /** The shared mapper: ISO-8601 dates, absent instead of null, unknown properties ignored on reading. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A reader that fails on properties the record does not declare. Consumers must not use it; the contract
     * tests do, to prove that a record names every field its schema names.
     */
    public static ObjectReader strictReader() {
        return STRICT_READER;
    }

    public static byte[] toBytes(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String toJson(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T extends DomainEvent> T fromBytes(byte[] json, Class<T> payloadType) {
        return MAPPER.readValue(json, payloadType);
    }

    public static <T extends DomainEvent> T fromBytes(byte[] json, EventType<T> type) {
        return fromBytes(json, type.payloadType());
    }

    /**
     * Decodes a payload by its {@code ce_type} header.
     *
     * @throws IllegalArgumentException for a wire type this build does not know, so that a consumer can decide
     *                                  to skip it rather than treat it as a poison message
     */
    public static DomainEvent fromBytes(byte[] json, String wireType) {
        EventType<?> type = EventCatalog.byWireType(wireType)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event wire type: " + wireType));
        return fromBytes(json, type.payloadType());
    }
}
