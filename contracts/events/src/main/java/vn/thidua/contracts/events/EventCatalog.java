package vn.thidua.contracts.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.PublicNoticeClosed;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;

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

    public static final EventType<UnitUpserted> UNIT_UPSERTED_V1 = new EventType<>(
            "vn.thidua.campaign.UnitUpserted.v1",
            Topics.CAMPAIGN,
            Sources.CAMPAIGN_SERVICE,
            UnitUpserted.class,
            "contracts/schemas/campaign-service/UnitUpserted.v1.json");

    public static final EventType<CampaignReviewed> CAMPAIGN_REVIEWED_V1 = new EventType<>(
            "vn.thidua.campaign.CampaignReviewed.v1",
            Topics.CAMPAIGN,
            Sources.CAMPAIGN_SERVICE,
            CampaignReviewed.class,
            "contracts/schemas/campaign-service/CampaignReviewed.v1.json");

    // nomination-service
    public static final EventType<PublicNoticeOpened> PUBLIC_NOTICE_OPENED_V1 = new EventType<>(
            "vn.thidua.nomination.PublicNoticeOpened.v1",
            Topics.NOMINATION,
            Sources.NOMINATION_SERVICE,
            PublicNoticeOpened.class,
            "contracts/schemas/nomination-service/PublicNoticeOpened.v1.json");

    public static final EventType<PublicNoticeClosed> PUBLIC_NOTICE_CLOSED_V1 = new EventType<>(
            "vn.thidua.nomination.PublicNoticeClosed.v1",
            Topics.NOMINATION,
            Sources.NOMINATION_SERVICE,
            PublicNoticeClosed.class,
            "contracts/schemas/nomination-service/PublicNoticeClosed.v1.json");

    public static final EventType<DecisionIssued> DECISION_ISSUED_V1 = new EventType<>(
            "vn.thidua.nomination.DecisionIssued.v1",
            Topics.NOMINATION,
            Sources.NOMINATION_SERVICE,
            DecisionIssued.class,
            "contracts/schemas/nomination-service/DecisionIssued.v1.json");

    public static final EventType<AwardRevoked> AWARD_REVOKED_V1 = new EventType<>(
            "vn.thidua.nomination.AwardRevoked.v1",
            Topics.NOMINATION,
            Sources.NOMINATION_SERVICE,
            AwardRevoked.class,
            "contracts/schemas/nomination-service/AwardRevoked.v1.json");

    // exemplar-service
    public static final EventType<ExemplarRecognised> EXEMPLAR_RECOGNISED_V1 = new EventType<>(
            "vn.thidua.exemplar.ExemplarRecognised.v1",
            Topics.EXEMPLAR,
            Sources.EXEMPLAR_SERVICE,
            ExemplarRecognised.class,
            "contracts/schemas/exemplar-service/ExemplarRecognised.v1.json");

    // publication-service
    public static final EventType<ArticlePublished> ARTICLE_PUBLISHED_V1 = new EventType<>(
            "vn.thidua.publication.ArticlePublished.v1",
            Topics.PUBLICATION,
            Sources.PUBLICATION_SERVICE,
            ArticlePublished.class,
            "contracts/schemas/publication-service/ArticlePublished.v1.json");

    public static final EventType<ArticleWithdrawn> ARTICLE_WITHDRAWN_V1 = new EventType<>(
            "vn.thidua.publication.ArticleWithdrawn.v1",
            Topics.PUBLICATION,
            Sources.PUBLICATION_SERVICE,
            ArticleWithdrawn.class,
            "contracts/schemas/publication-service/ArticleWithdrawn.v1.json");

    private static final List<EventType<?>> ALL = List.of(
            // campaign-service
            CAMPAIGN_LAUNCHED_V1, UNIT_UPSERTED_V1, CAMPAIGN_REVIEWED_V1,
            // nomination-service
            PUBLIC_NOTICE_OPENED_V1, PUBLIC_NOTICE_CLOSED_V1, DECISION_ISSUED_V1, AWARD_REVOKED_V1,
            // exemplar-service
            EXEMPLAR_RECOGNISED_V1,
            // publication-service
            ARTICLE_PUBLISHED_V1, ARTICLE_WITHDRAWN_V1);

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
