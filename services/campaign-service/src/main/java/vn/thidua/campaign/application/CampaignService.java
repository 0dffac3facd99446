package vn.thidua.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.web.PageResult;

/** The use cases of campaigns: draft, launch, read. */
@Service
public class CampaignService {

    /** Who organises campaigns on behalf of an authority: the commendation office and administrators. */
    static final Role[] ORGANISERS = {Role.REVIEWER, Role.ADMIN};

    private final CampaignRepository campaigns;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;

    public CampaignService(CampaignRepository campaigns, Clock clock, WorkingDayCalendar calendar,
                           TenantProperties tenant) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
    }

    public Mono<Campaign> draft(CampaignDefinition definition, CurrentUser user) {
        return Mono.fromCallable(() -> Campaign.draft(UUID.randomUUID().toString(), tenant.provinceCode(),
                        definition.normalised(), Instant.now(clock), user.id()))
                .flatMap(campaigns::insertDraft);
    }

    /**
     * Launches the draft. With {@code ifMatch} the caller says which version it saw (412 if it moved on); without
     * it the version just read is used, so a concurrent change still answers 409 and never applies twice.
     */
    public Mono<Campaign> launch(String id, OptionalLong ifMatch, CurrentUser user) {
        return campaigns.findById(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(campaign -> {
                    if (ifMatch.isPresent() && ifMatch.getAsLong() != campaign.version()) {
                        return Mono.error(new PreconditionFailedException(id, campaign.version()));
                    }
                    var launch = campaign.launch(Instant.now(clock), calendar.today(), user.id());
                    return campaigns.saveLaunch(launch, campaign.version());
                });
    }

    /** Drafts are the organisers' working papers: anyone else is told they do not exist. */
    public Mono<Campaign> get(String id, CurrentUser viewer) {
        return campaigns.findById(id)
                .filter(campaign -> campaign.status() != CampaignStatus.DRAFT || seesDrafts(viewer))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    public Mono<PageResult<Campaign>> list(Set<CampaignStatus> requested, int page, int size, CurrentUser viewer) {
        PageResult.requireValid(page, size);
        Set<CampaignStatus> statuses = requested.isEmpty() ? EnumSet.allOf(CampaignStatus.class)
                : EnumSet.copyOf(requested);
        if (!seesDrafts(viewer)) {
            statuses.remove(CampaignStatus.DRAFT);
        }
        if (statuses.isEmpty()) {
            return Mono.just(new PageResult<>(List.of(), page, size, 0));
        }
        return campaigns.find(statuses, page, size);
    }

    private static boolean seesDrafts(CurrentUser viewer) {
        return viewer != null && viewer.has(ORGANISERS);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Không tìm thấy phong trào thi đua có mã \"" + id + "\".");
    }
}
