package vn.thidua.exemplar.messaging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.ClusterRanking;
import vn.thidua.contracts.events.campaign.CriterionScore;
import vn.thidua.contracts.events.campaign.RankedUnit;
import vn.thidua.contracts.events.campaign.ReviewStage;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.nomination.AwardLevel;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.contracts.events.nomination.RevocationGround;
import vn.thidua.contracts.events.nomination.TimingType;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.exemplar.ConsumedTopicsInitializer;
import vn.thidua.support.testing.EventPublisher;
import vn.thidua.support.testing.TestInfrastructure;

/**
 * The other services' events, valid by their contracts, sent to the real broker with the headers their relays use.
 */
final class OtherServicesEvents implements AutoCloseable {

    static final UnitRef PROVINCE = new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên");
    static final UnitRef DINH_HOA = new UnitRef("UBND-DINH-HOA", "UBND huyện Định Hóa");

    private final EventPublisher publisher;

    OtherServicesEvents() {
        ConsumedTopicsInitializer.create();
        publisher = EventPublisher.to(TestInfrastructure.kafkaBootstrap());
    }

    static Grant grant(String awardId, SubjectKind kind, String subjectId, String name, UnitRef unit,
                       String awardType, String awardName) {
        return new Grant(awardId, null, kind, subjectId, name, unit, awardType, awardName, AwardLevel.PROVINCIAL,
                2025, TimingType.MERIT, null, null);
    }

    static DecisionIssued decision(String decisionId, String number, Grant... grants) {
        return new DecisionIssued(decisionId, 1, "19", number, LocalDate.of(2025, 12, 22), PROVINCE,
                "Chủ tịch UBND tỉnh", null, List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"),
                "đã có thành tích xuất sắc năm 2025", List.of(grants), Instant.parse("2025-12-22T03:00:00Z"));
    }

    static AwardRevoked revocation(Grant grant, String decisionId, long version) {
        return new AwardRevoked(grant.awardId(), version, "19", decisionId, "163/QĐ-UBND", grant.subjectKind(),
                grant.subjectId(), grant.unit(), grant.awardTypeCode(), grant.year(),
                RevocationGround.FALSE_DECLARATION, LocalDate.of(2026, 2, 10), null, null,
                Instant.parse("2026-02-10T03:00:00Z"));
    }

    static UnitUpserted unit(String code, String name, UnitKind kind, UnitRef... ancestors) {
        var path = new ArrayList<>(List.of(ancestors));
        path.add(new UnitRef(code, name));
        return new UnitUpserted(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString(), 1, "19",
                code, name, kind, ancestors.length == 0 ? null : ancestors[ancestors.length - 1], path,
                LocalDate.of(2025, 7, 1), null, null, null, null, Instant.parse("2025-07-01T00:00:00Z"));
    }

    static CampaignReviewed review(String campaignId, String clusterId, UnitRef leader, UnitRef runnerUp) {
        var entries = List.of(
                new RankedUnit(1, leader, new BigDecimal("96.5"), List.of(new CriterionScore("TC1", new BigDecimal("96.5")))),
                new RankedUnit(2, runnerUp, new BigDecimal("90"), List.of(new CriterionScore("TC1", new BigDecimal("90")))));
        return new CampaignReviewed(campaignId, 5, "19", "Chuyển đổi số cấp xã 2025", CampaignKind.THEMATIC,
                ReviewStage.FINAL, LocalDate.of(2025, 12, 15), new BigDecimal("100"),
                List.of(new ClusterRanking(clusterId, "Cụm thi đua số 02", leader, entries)), null,
                Instant.parse("2025-12-15T08:00:00Z"), "reviewer");
    }

    static ArticlePublished article(String articleId, String exemplarId, long version) {
        return new ArticlePublished(articleId, version, "19", "guong-sang-xa-thanh-dinh", "Gương sáng xã Thanh Định",
                null, ArticleCategory.EXEMPLARS, List.of("portal"), "SNV-TN",
                new ArticleLinks(null, List.of(exemplarId), null, null), null, "/dien-hinh/guong-sang-xa-thanh-dinh",
                Instant.parse("2026-01-05T02:00:00Z"), null);
    }

    static ArticleWithdrawn withdrawal(String articleId, String exemplarId, long version) {
        return new ArticleWithdrawn(articleId, version, "19", "guong-sang-xa-thanh-dinh", List.of("portal"), "SNV-TN",
                new ArticleLinks(null, List.of(exemplarId), null, null), "Thông tin cần kiểm tra lại.",
                Instant.parse("2026-01-06T02:00:00Z"));
    }

    /** Sends the event as its owner's relay would; the same {@code eventId} twice is a re-delivery. */
    void send(DomainEvent event, String eventId) {
        publisher.send(event, eventId);
    }

    void send(DomainEvent event) {
        publisher.send(event);
    }

    @Override
    public void close() {
        publisher.close();
    }
}
