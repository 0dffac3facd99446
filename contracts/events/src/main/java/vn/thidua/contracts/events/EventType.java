package vn.thidua.contracts.events;

/**
 * One event type of the contract.
 *
 * @param wireType    the CloudEvents {@code ce_type}, e.g. {@code vn.thidua.campaign.CampaignLaunched.v1}
 * @param topic       the Kafka topic it is published on
 * @param source      the CloudEvents {@code ce_source} of its producer, e.g. {@code /thidua/campaign-service}
 * @param payloadType the record of its payload
 * @param schemaPath  the classpath location of its JSON Schema
 */
public record EventType<T extends DomainEvent>(String wireType, String topic, String source, Class<T> payloadType,
                                               String schemaPath) {
}
