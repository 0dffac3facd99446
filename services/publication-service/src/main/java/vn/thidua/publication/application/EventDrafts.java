package vn.thidua.publication.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.PublicNoticeClosed;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleSource;
import vn.thidua.publication.domain.CampaignLaunchStory;
import vn.thidua.publication.domain.CampaignReviewStory;
import vn.thidua.publication.domain.Channel;
import vn.thidua.publication.domain.ExemplarStory;
import vn.thidua.publication.domain.HonoursStory;
import vn.thidua.publication.domain.PublicNoticeStory;
import vn.thidua.support.calendar.CalendarYearNotCoveredException;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.messaging.EventConsumers.Result;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.AlreadyExistsException;

/**
 * What publication-service does with the other services' events: drafts for the editorial board (each at most once
 * per source event: a deterministic id and an upsert marked with the source version), the public-notice posting
 * published at once, and commune pages that follow the units.
 */
@Service
public class EventDrafts {

    private static final Logger log = LoggerFactory.getLogger(EventDrafts.class);

    private final ArticleRepository articles;
    private final ChannelRepository channels;
    private final SlugRegistry slugs;
    private final WorkingDayCalendar calendar;
    private final PublicationProperties properties;
    private final Clock clock;

    public EventDrafts(ArticleRepository articles, ChannelRepository channels, SlugRegistry slugs,
                       WorkingDayCalendar calendar, PublicationProperties properties, Clock clock) {
        this.articles = articles;
        this.channels = channels;
        this.slugs = slugs;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Result> campaignLaunched(CampaignLaunched launch, InboundEvent<CampaignLaunched> event) {
        return draft(CampaignLaunchStory.draft(launch, source(event, launch.campaignId()), now()), event,
                "the launch of campaign " + launch.campaignId());
    }

    public Mono<Result> campaignReviewed(CampaignReviewed review, InboundEvent<CampaignReviewed> event) {
        return draft(CampaignReviewStory.draft(review, properties.editorialUnitCode(),
                        source(event, review.campaignId()), event.aggregateVersion(), now()), event,
                "the " + review.stage() + " review of campaign " + review.campaignId());
    }

    public Mono<Result> exemplarRecognised(ExemplarRecognised exemplar, InboundEvent<ExemplarRecognised> event) {
        return draft(ExemplarStory.draft(exemplar, source(event, exemplar.exemplarId()), event.aggregateVersion(),
                now()), event, "exemplar " + exemplar.exemplarId());
    }

    public Mono<Result> decisionIssued(DecisionIssued decision, InboundEvent<DecisionIssued> event) {
        return draft(HonoursStory.draft(decision, source(event, decision.decisionId()), event.aggregateVersion(),
                now()), event, "decision " + decision.number());
    }

    /** A commune (or ward) gets its page, named after it; a rename follows, an older event changes nothing. */
    public Mono<Result> unitUpserted(UnitUpserted unit, InboundEvent<UnitUpserted> event) {
        if (unit.kind() != UnitKind.COMMUNE && unit.kind() != UnitKind.WARD) {
            return Mono.just(Result.APPLIED);
        }
        return channels.upsertFrom(Channel.communePage(unit.code(), unit.name()), event)
                .map(outcome -> outcome == Outcome.APPLIED ? Result.APPLIED : Result.DUPLICATE);
    }

    /**
     * The law requires the list to be public: the posting is created PUBLISHED with its {@code ArticlePublished}
     * in one write, and nomination-service starts the comment window from that event. The article id is derived
     * from the notice, so a re-delivered notice finds it and posts nothing twice.
     */
    public Mono<Result> publicNoticeOpened(PublicNoticeOpened notice, InboundEvent<PublicNoticeOpened> event) {
        String id = PublicNoticeStory.articleId(notice.publicNoticeId());
        return articles.findById(id).map(existing -> Result.DUPLICATE).switchIfEmpty(Mono.defer(() -> {
            Instant now = now();
            Article posting = PublicNoticeStory.posting(notice, source(event, notice.publicNoticeId()),
                    closesOn(now, notice.workingDays()), now);
            return slugs.claim(posting.provinceCode(), posting.slug(), id).flatMap(slug -> {
                Article published = posting.postNotice(slug, now);
                List<PendingEvent<?>> events = List.of(PendingEvent.of(EventCatalog.ARTICLE_PUBLISHED_V1,
                        published.publishedEvent(1)));
                return articles.insert(published, events)
                        .doOnNext(a -> log.info("Posted public notice {} as article {} ({})",
                                notice.publicNoticeId(), a.id(), a.url()))
                        .thenReturn(Result.APPLIED)
                        .onErrorResume(AlreadyExistsException.class, raced -> Mono.just(Result.DUPLICATE));
            });
        }));
    }

    /** The posting stays on the portal as a record, marked closed; a notice never posted has nothing to mark. */
    public Mono<Result> publicNoticeClosed(PublicNoticeClosed closed, InboundEvent<PublicNoticeClosed> event) {
        String id = PublicNoticeStory.articleId(closed.publicNoticeId());
        return articles.markNoticeClosed(id, event, closed.closedAt(), closed.closure().name(), now())
                .map(outcome -> switch (outcome) {
                    case APPLIED -> Result.APPLIED;
                    case DUPLICATE -> Result.DUPLICATE;
                    case MISSING -> {
                        log.info("Public notice {} closed before it was posted; nothing to mark",
                                closed.publicNoticeId());
                        yield Result.APPLIED;
                    }
                });
    }

    private Mono<Result> draft(Article draft, InboundEvent<? extends DomainEvent> event, String about) {
        return articles.insertDraftOnce(draft, event).map(outcome -> {
            if (outcome == Outcome.APPLIED) {
                log.info("Drafted article {} about {}", draft.id(), about);
                return Result.APPLIED;
            }
            return Result.DUPLICATE;
        });
    }

    private LocalDate closesOn(Instant postedAt, int workingDays) {
        try {
            return calendar.deadline(postedAt, workingDays);
        } catch (CalendarYearNotCoveredException e) {
            log.warn("The working-day calendar does not cover the window of a notice posted at {}", postedAt);
            return null;
        }
    }

    private static ArticleSource source(InboundEvent<?> event, String aggregateId) {
        return new ArticleSource(event.type(), event.id(), aggregateId);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
