package vn.thidua.contracts.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.contracts.events.campaign.CampaignClosed;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.UnitRegistered;
import vn.thidua.contracts.events.publication.ArticlePublished;

/**
 * Every event type of the platform. A new event or version is added here, with its schema under
 * {@code contracts/schemas/<service>/} and its messages in {@code contracts/asyncapi.yaml}; the contract tests
 * fail until all three agree.
 */
public final class EventCatalog {

    public static final EventType<CampaignLaunched> CAMPAIGN_LAUNCHED_V1 = new EventType<>(
            "vn.thidua.campaign.CampaignLaunched.v1",
            Topics.CAMPAIGN,
            Sources.CAMPAIGN_SERVICE,
            CampaignLaunched.class,
            "contracts/schemas/campaign-service/CampaignLaunched.v1.json");

    public static final EventType<UnitRegistered> UNIT_REGISTERED_V1 = new EventType<>(
            "vn.thidua.campaign.UnitRegistered.v1",
            Topics.CAMPAIGN,
            Sources.CAMPAIGN_SERVICE,
            UnitRegistered.class,
            "contracts/schemas/campaign-service/UnitRegistered.v1.json");

    public static final EventType<CampaignClosed> CAMPAIGN_CLOSED_V1 = new EventType<>(
            "vn.thidua.campaign.CampaignClosed.v1",
            Topics.CAMPAIGN,
            Sources.CAMPAIGN_SERVICE,
            CampaignClosed.class,
            "contracts/schemas/campaign-service/CampaignClosed.v1.json");

    public static final EventType<ArticlePublished> ARTICLE_PUBLISHED_V1 = new EventType<>(
            "vn.thidua.publication.ArticlePublished.v1",
            Topics.PUBLICATION,
            Sources.PUBLICATION_SERVICE,
            ArticlePublished.class,
            "contracts/schemas/publication-service/ArticlePublished.v1.json");

    private static final List<EventType<?>> ALL = List.of(CAMPAIGN_LAUNCHED_V1, UNIT_REGISTERED_V1,
            CAMPAIGN_CLOSED_V1, ARTICLE_PUBLISHED_V1);

    private static final Map<String, EventType<?>> BY_WIRE_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD = new LinkedHashMap<>();

    static {
        for (EventType<?> type : ALL) {
            // A duplicate would make a consumer decode one event as another; fail when the class loads.
            if (BY_WIRE_TYPE.put(type.wireType(), type) != null) {
                throw new IllegalStateException("Wire type registered twice: " + type.wireType());
            }
            if (BY_PAYLOAD.put(type.payloadType(), type) != null) {
                throw new IllegalStateException("Payload " + type.payloadType().getName()
                        + " registered for two wire types; a new version needs its own record");
            }
        }
    }

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The type named by a {@code ce_type} header; empty for a type this build does not know. */
    public static Optional<EventType<?>> byWireType(String wireType) {
        return Optional.ofNullable(BY_WIRE_TYPE.get(wireType));
    }

    /** The type a producer publishes a payload as; an unregistered record is a programming error. */
    @SuppressWarnings("unchecked")
    public static <T extends DomainEvent> EventType<T> forPayload(Class<T> payloadType) {
        EventType<?> type = BY_PAYLOAD.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException("No event type is registered for " + payloadType.getName()
                    + "; add it to EventCatalog");
        }
        return (EventType<T>) type;
    }

    @SuppressWarnings("unchecked")
    public static <T extends DomainEvent> EventType<T> forPayload(T event) {
        return forPayload((Class<T>) event.getClass());
    }
}
