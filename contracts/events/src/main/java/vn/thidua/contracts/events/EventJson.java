package vn.thidua.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of event payloads, shared by producers and consumers. */
public final class EventJson {

    /** Consumers ignore unknown fields: producers may add optional fields without a new version. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    public static byte[] toBytes(Object event) {
        return toJson(event).getBytes(StandardCharsets.UTF_8);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
