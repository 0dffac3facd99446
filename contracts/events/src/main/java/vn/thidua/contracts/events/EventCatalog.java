package vn.thidua.contracts.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.exemplar.ExemplarArchived;
import vn.thidua.contracts.events.exemplar.ExemplarDiscovered;
import vn.thidua.contracts.events.exemplar.FosteringMilestoneReached;
import vn.thidua.contracts.events.exemplar.FosteringStarted;
import vn.thidua.contracts.events.exemplar.ModelAdopted;
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

    public static final EventType<ArticlePublished> ARTICLE_PUBLISHED_V1 = new EventType<>(
            "vn.thidua.publication.ArticlePublished.v1",
            Topics.PUBLICATION,
            Sources.PUBLICATION_SERVICE,
            ArticlePublished.class,
            "contracts/schemas/publication-service/ArticlePublished.v1.json");

    public static final EventType<ExemplarDiscovered> EXEMPLAR_DISCOVERED_V1 = new EventType<>(
            "vn.thidua.exemplar.ExemplarDiscovered.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            ExemplarDiscovered.class,
            "contracts/schemas/exemplar-service/ExemplarDiscovered.v1.json");

    public static final EventType<FosteringStarted> FOSTERING_STARTED_V1 = new EventType<>(
            "vn.thidua.exemplar.FosteringStarted.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            FosteringStarted.class,
            "contracts/schemas/exemplar-service/FosteringStarted.v1.json");

    public static final EventType<FosteringMilestoneReached> FOSTERING_MILESTONE_REACHED_V1 = new EventType<>(
            "vn.thidua.exemplar.FosteringMilestoneReached.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            FosteringMilestoneReached.class,
            "contracts/schemas/exemplar-service/FosteringMilestoneReached.v1.json");

    public static final EventType<ModelAdopted> MODEL_ADOPTED_V1 = new EventType<>(
            "vn.thidua.exemplar.ModelAdopted.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            ModelAdopted.class,
            "contracts/schemas/exemplar-service/ModelAdopted.v1.json");

    public static final EventType<ExemplarArchived> EXEMPLAR_ARCHIVED_V1 = new EventType<>(
            "vn.thidua.exemplar.ExemplarArchived.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            ExemplarArchived.class,
            "contracts/schemas/exemplar-service/ExemplarArchived.v1.json");

    private static final List<EventType<?>> ALL = List.of(CAMPAIGN_LAUNCHED_V1, ARTICLE_PUBLISHED_V1,
            EXEMPLAR_DISCOVERED_V1, FOSTERING_STARTED_V1, FOSTERING_MILESTONE_REACHED_V1, MODEL_ADOPTED_V1,
            EXEMPLAR_ARCHIVED_V1);

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
