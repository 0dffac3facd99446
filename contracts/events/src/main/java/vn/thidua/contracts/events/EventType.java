package vn.thidua.contracts.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One versioned event type as it appears on the wire. The strings are written out in {@link EventCatalog}
 * rather than derived from class names, so that renaming a Java class can never change the contract.
 *
 * @param wireType    the CloudEvents {@code ce_type}, {@code vn.thidua.<service>.<EventName>.v<N>}
 * @param topic       the Kafka topic the owning service publishes it on
 * @param source      the CloudEvents {@code ce_source}, {@code /thidua/<service>}
 * @param payloadType the record the JSON payload maps to
 * @param schemaPath  classpath location of the JSON Schema, the source of truth for the payload
 */
public record EventType<T extends DomainEvent>(
        String wireType, String topic, String source, Class<T> payloadType, String schemaPath) {

    private static final Pattern WIRE_TYPE = Pattern.compile("vn\\.thidua\\.[a-z]+\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*");

    public EventType {
        Objects.requireNonNull(wireType, "wireType");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaPath, "schemaPath");
        if (!WIRE_TYPE.matcher(wireType).matches()) {
            throw new IllegalArgumentException(
                    "Wire type " + wireType + " is not vn.thidua.<service>.<EventName>.v<N>");
        }
    }

    /** The event's name without namespace or version, e.g. {@code CampaignLaunched}. */
    public String eventName() {
        String[] parts = wireType.split("\\.");
        return parts[parts.length - 2];
    }

    /** The major version, e.g. 1 for {@code ….v1}. */
    public int version() {
        return Integer.parseInt(wireType.substring(wireType.lastIndexOf(".v") + 2));
    }

    @Override
    public String toString() {
        return wireType;
    }
}
