package vn.thidua.exemplar.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.ClusterRanking;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.contracts.events.publication.ArticleWithdrawn;
import vn.thidua.exemplar.domain.Change;
import vn.thidua.exemplar.domain.DecisionLink;
import vn.thidua.exemplar.domain.EventStories;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ReviewLink;
import vn.thidua.exemplar.domain.RecognitionBasisCheck;
import vn.thidua.exemplar.domain.Subject;
import vn.thidua.support.messaging.EventConsumers.Result;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.problem.AlreadyExistsException;
import vn.thidua.support.text.VietnameseText;

/**
 * What the other services' events do to exemplars. Every handler can run twice, or after a newer event, without
 * changing anything the second time: exemplars opened from events have one id per subject, links are added only
 * when absent and removed only when present, and revocations are remembered so that a decision arriving after its
 * award's revocation opens nothing for it.
 */
@Service
public class EventDiscovery {

    private static final Logger log = LoggerFactory.getLogger(EventDiscovery.class);

    private final ExemplarRepository exemplars;
    private final Revocations revocations;
    private final UnitTree units;
    private final ArticleLinks articles;
    private final ExemplarProperties properties;
    private final Clock clock;
    private final ExemplarMetrics metrics;

    public EventDiscovery(ExemplarRepository exemplars, Revocations revocations, UnitTree units,
                          ArticleLinks articles, ExemplarProperties properties,
                          Clock clock, ExemplarMetrics metrics) {
        this.exemplars = exemplars;
        this.revocations = revocations;
        this.units = units;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Grants of the configured award types open an exemplar for their subject, or link to its existing one. */
    public Mono<Result> decisionIssued(DecisionIssued decision, InboundEvent<DecisionIssued> event) {
        Set<String> awardTypes = Set.copyOf(properties.discovery().awardTypes());
        return Flux.fromIterable(decision.grants())
                .filter(grant -> awardTypes.contains(grant.awardTypeCode()))
                .concatMap(grant -> revocations.isRevoked(grant.awardId())
                        .flatMap(revoked -> revoked ? Mono.just(false) : linkGrant(decision, grant)))
                .reduce(false, Boolean::logicalOr)
                .map(EventDiscovery::result);
    }

    private Mono<Boolean> linkGrant(DecisionIssued decision, Grant grant) {
        String id = EventStories.exemplarIdOf(decision.provinceCode(), grant.subjectKind(), grant.subjectId());
        DecisionLink link = EventStories.linkOf(decision, grant);
        List<String> campaigns = grant.campaignId() == null ? List.of() : List.of(grant.campaignId());
        Mono<Boolean> linked = openOrLink(id, () -> {
            Subject subject = EventStories.subjectOf(grant);
            return Exemplar.discover(id, decision.provinceCode(), subject.name(), subject,
                    properties.discovery().defaultField(), EventStories.story(decision, grant), List.of(),
                    DiscoverySource.AWARD_DECISION, decision.issuedOn(), List.of(link), List.of(), campaigns,
                    Instant.now(clock), "he-thong");
        }, () -> exemplars.linkDecision(id, link, campaigns));
        // A revocation processed meanwhile (by another instance) may have missed the link just written.
        return linked.flatMap(changed -> revocations.isRevoked(grant.awardId())
                .flatMap(revoked -> revoked ? unlink(id, grant.awardId(), decision.decisionId()).thenReturn(true)
                        : Mono.just(changed)))
                .doOnNext(changed -> {
                    if (changed) {
                        log.info("Decision {} linked to exemplar {}", decision.number(), id);
                    }
                });
    }

    /** The award no longer counts: its link goes, and an exemplar that rested on it alone is flagged. */
    public Mono<Result> awardRevoked(AwardRevoked revocation, InboundEvent<AwardRevoked> event) {
        String id = EventStories.exemplarIdOf(revocation.provinceCode(), revocation.subjectKind(),
                revocation.subjectId());
        return revocations.remember(revocation)
                .then(unlink(id, revocation.awardId(), revocation.decisionId()))
                .map(EventDiscovery::result);
    }

    private Mono<Boolean> unlink(String id, String awardId, String decisionId) {
        return exemplars.unlinkDecision(id, awardId)
                .flatMap(removed -> exemplars.findById(id)
                        .filter(e -> RecognitionBasisCheck.lostItsBasis(e, decisionId))
                        .flatMap(e -> exemplars.flagForReview(id, "Khen thưởng làm căn cứ của điển hình đã bị thu"
                                + " hồi; cần xem xét lại."))
                        .defaultIfEmpty(false)
                        .map(flagged -> removed || flagged));
    }

    /** Each cluster's leading unit (lá cờ đầu) becomes a candidate exemplar, or its exemplar gains the review. */
    public Mono<Result> campaignReviewed(CampaignReviewed review, InboundEvent<CampaignReviewed> event) {
        return Flux.fromIterable(review.rankings())
                .filter(cluster -> cluster.leadingUnit() != null)
                .concatMap(cluster -> leader(review, cluster))
                .reduce(false, Boolean::logicalOr)
                .map(EventDiscovery::result);
    }

    private Mono<Boolean> leader(CampaignReviewed review, ClusterRanking cluster) {
        var unit = cluster.leadingUnit();
        String id = EventStories.exemplarIdOf(review.provinceCode(), SubjectKind.COLLECTIVE, unit.code());
        ReviewLink link = EventStories.linkOf(review, cluster);
        return openOrLink(id, () -> {
            var subject = new Subject(SubjectKind.COLLECTIVE, VietnameseText.nfc(unit.name()), unit.code(),
                    VietnameseText.nfc(unit.name()), null);
            return Exemplar.discover(id, review.provinceCode(), subject.name(), subject,
                    properties.discovery().defaultField(), EventStories.story(review, cluster), List.of(),
                    DiscoverySource.CAMPAIGN_REVIEW, review.reviewedOn(), List.of(), List.of(link),
                    List.of(review.campaignId()), Instant.now(clock), "he-thong");
        }, () -> exemplars.linkReview(id, link));
    }

    /** Opens the subject's exemplar with the link, or adds the link to the one that exists. */
    private Mono<Boolean> openOrLink(String id, Supplier<Change> open, Supplier<Mono<Boolean>> link) {
        return exemplars.findById(id)
                .flatMap(existing -> link.get())
                .switchIfEmpty(Mono.defer(() -> {
                    var discovery = open.get();
                    return exemplars.create(discovery).doOnNext(created -> metrics.transition(discovery))
                            .thenReturn(true)
                            .onErrorResume(AlreadyExistsException.class, raced -> link.get());
                }));
    }

    public Mono<Result> articlePublished(ArticlePublished article, InboundEvent<ArticlePublished> event) {
        return Flux.fromIterable(exemplarIds(article.links()))
                .concatMap(exemplarId -> articles.published(exemplarId, article, event))
                .map(outcome -> outcome == Outcome.APPLIED)
                .reduce(false, Boolean::logicalOr)
                .map(EventDiscovery::result);
    }

    public Mono<Result> articleWithdrawn(ArticleWithdrawn article, InboundEvent<ArticleWithdrawn> event) {
        return Flux.fromIterable(exemplarIds(article.links()))
                .concatMap(exemplarId -> articles.withdrawn(exemplarId, article, event))
                .map(outcome -> outcome == Outcome.APPLIED)
                .reduce(false, Boolean::logicalOr)
                .map(EventDiscovery::result);
    }

    public Mono<Result> unitUpserted(UnitUpserted unit, InboundEvent<UnitUpserted> event) {
        return units.upsert(unit, event).map(outcome -> result(outcome == Outcome.APPLIED));
    }

    private static List<String> exemplarIds(vn.thidua.contracts.events.publication.ArticleLinks links) {
        return links == null || links.exemplarIds() == null ? List.of()
                : links.exemplarIds().stream().filter(Objects::nonNull).toList();
    }

    private static Result result(boolean changed) {
        return changed ? Result.APPLIED : Result.DUPLICATE;
    }
}
