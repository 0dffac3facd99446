package vn.thidua.publication.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.publication.domain.ArticleSource;
import vn.thidua.publication.domain.CampaignLaunchStory;
import vn.thidua.support.messaging.EventConsumers.Result;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.messaging.InboundEvent;

/** Drafts articles from what happens in the other services, each at most once per event. */
@Service
public class EventDrafts {

    private static final Logger log = LoggerFactory.getLogger(EventDrafts.class);

    private final ArticleRepository articles;
    private final Clock clock;

    public EventDrafts(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    public Mono<Result> campaignLaunched(CampaignLaunched launch, InboundEvent<CampaignLaunched> event) {
        var draft = CampaignLaunchStory.draft(launch,
                new ArticleSource(event.type(), event.id(), launch.campaignId()), Instant.now(clock));
        return articles.insertDraftOnce(draft, event)
                .map(outcome -> {
                    if (outcome == Outcome.APPLIED) {
                        log.info("Drafted article {} about the launch of campaign {}", draft.id(), launch.campaignId());
                        return Result.APPLIED;
                    }
                    return Result.DUPLICATE;
                });
    }
}
