package vn.thidua.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.campaign.domain.cluster.Cluster;
import vn.thidua.campaign.domain.review.Review;
import vn.thidua.campaign.domain.review.ReviewRequest;
import vn.thidua.campaign.domain.review.ScoreSheet;
import vn.thidua.campaign.domain.review.Scoring;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/**
 * The use cases of campaigns: draft, edit, launch, review, close, cancel, copy, read and search. Every act on a
 * campaign is reserved to the officers of its launching unit ({@link Jurisdiction}) and administrators.
 */
@Service
public class CampaignService {

    /** Who sees every draft in lists: the commendation office and administrators. */
    static final Role[] DRAFT_READERS = {Role.REVIEWER, Role.ADMIN};
    private static final int MAX_REASON = 2000;

    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final Officers officers;
    private final CampaignScopes scopes;
    private final ClusterRepository clusters;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;

    public CampaignService(CampaignRepository campaigns, UnitRepository units, Officers officers,
                           CampaignScopes scopes, ClusterRepository clusters, Clock clock, WorkingDayCalendar calendar,
                           TenantProperties tenant) {
        this.campaigns = campaigns;
        this.units = units;
        this.officers = officers;
        this.scopes = scopes;
        this.clusters = clusters;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
    }

    public Mono<Campaign> draft(CampaignDefinition definition, CurrentUser user) {
        return Mono.fromCallable(definition::normalised)
                .flatMap(clean -> officers.requireActsFor(user, clean.launchingUnit().code(), "lập phong trào thi đua")
                        .then(requireClusters(clean))
                        .then(Mono.fromCallable(() -> Campaign.draft(UUID.randomUUID().toString(),
                                tenant.provinceCode(), clean, Instant.now(clock), user.id()))))
                .flatMap(campaigns::insertDraft);
    }

    /** Rewrites a draft; the new launching unit must be one the caller acts for too. */
    public Mono<Campaign> redefine(String id, CampaignDefinition definition, OptionalLong ifMatch, CurrentUser user) {
        CampaignDefinition clean = definition.normalised();
        return act(id, ifMatch, user, "sửa phong trào thi đua", campaign -> officers.requireActsFor(user,
                        clean.launchingUnit().code(), "lập phong trào thi đua")
                .then(requireClusters(clean))
                .then(Mono.defer(() -> campaigns.save(campaign.redefine(clean), campaign.version(), null))));
    }

    /**
     * Launches the draft. With {@code ifMatch} the caller says which version it saw (412 if it moved on); without
     * it the version just read is used, so a concurrent change still answers 409 and never applies twice.
     *
     * @param launchedOn null for today; an earlier day only for an administrator recording a paper launch
     */
    public Mono<Campaign> launch(String id, LocalDate launchedOn, OptionalLong ifMatch, CurrentUser user) {
        LocalDate day = RecordedDay.of(launchedOn, calendar.today(), user, "launchedOn");
        return act(id, ifMatch, user, "phát động phong trào thi đua", campaign -> {
            var launch = campaign.launch(Instant.now(clock), day, user.id());
            return campaigns.save(launch.campaign(), campaign.version(), launch.event());
        });
    }

    /**
     * Records a mid-term or final review: every sheet's unit must be in the campaign's scope, every score within
     * its criterion's maximum; the totals are ranked within each of the campaign's clusters (with the members of
     * the review's year).
     */
    public Mono<Campaign> review(String id, ReviewRequest request, OptionalLong ifMatch, CurrentUser user) {
        ReviewRequest clean = request.normalised(calendar.today());
        return act(id, ifMatch, user, "sơ kết, tổng kết phong trào thi đua", campaign -> {
            var codes = clean.units().stream().filter(sheet -> sheet != null && sheet.unitCode() != null)
                    .map(ScoreSheet::unitCode).distinct().toList();
            int year = clean.heldOn().getYear();
            return units.findByCodes(codes).collectMap(Unit::code)
                    .flatMap(known -> requireInScope(campaign, codes, known, year).thenReturn(known))
                    .zipWith(scopes.peers(campaign, year))
                    .flatMap(found -> {
                        Map<String, String> names = found.getT1().values().stream()
                                .collect(Collectors.toMap(Unit::code, Unit::name));
                        var results = Scoring.score(campaign.definition().criteria(), clean.units(), names);
                        var rankings = Scoring.rank(campaign.definition().criteria(), results, found.getT2());
                        var review = new Review(clean.stage(), clean.heldOn(), clean.summary(), results, rankings,
                                Instant.now(clock), user.id());
                        var reviewed = campaign.review(review);
                        return campaigns.save(reviewed.campaign(), campaign.version(), reviewed.event());
                    });
        });
    }

    public Mono<Campaign> close(String id, OptionalLong ifMatch, CurrentUser user) {
        return act(id, ifMatch, user, "kết thúc phong trào thi đua", campaign -> {
            var closed = campaign.close(Instant.now(clock), user.id());
            return campaigns.save(closed.campaign(), campaign.version(), closed.event());
        });
    }

    public Mono<Campaign> cancel(String id, String reason, OptionalLong ifMatch, CurrentUser user) {
        String clean = reason == null ? null : VietnameseText.nfc(reason.strip());
        if (clean == null || clean.isEmpty() || clean.codePointCount(0, clean.length()) > MAX_REASON) {
            throw new InvalidInputException(List.of(new FieldProblem("reason",
                    "Cần nêu lý do hủy phong trào (tối đa " + MAX_REASON + " ký tự).")));
        }
        return act(id, ifMatch, user, "hủy phong trào thi đua", campaign -> {
            var cancelled = campaign.cancel(clean, Instant.now(clock), user.id());
            return campaigns.save(cancelled.campaign(), campaign.version(), cancelled.event());
        });
    }

    /** A new draft with the campaign's plan one year on. */
    public Mono<Campaign> copyForNextYear(String id, CurrentUser user) {
        return get(id, user)
                .flatMap(campaign -> officers.requireActsFor(user, campaign.definition().launchingUnit().code(),
                        "sao chép phong trào thi đua").thenReturn(campaign))
                .map(campaign -> campaign.copyForNextYear(UUID.randomUUID().toString(), Instant.now(clock),
                        user.id()))
                .flatMap(campaigns::insertDraft);
    }

    /** Drafts are their organisers' working papers: anyone else is told they do not exist. */
    public Mono<Campaign> get(String id, CurrentUser viewer) {
        return campaigns.findById(id)
                .filterWhen(campaign -> campaign.status() != CampaignStatus.DRAFT || seesDrafts(viewer)
                        ? Mono.just(true)
                        : officers.actsFor(viewer, campaign.definition().launchingUnit().code()))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    public Mono<PageResult<Campaign>> list(CampaignQuery requested, int page, int size, CurrentUser viewer) {
        PageResult.requireValid(page, size);
        Set<CampaignStatus> statuses = requested.statuses().isEmpty() ? EnumSet.allOf(CampaignStatus.class)
                : EnumSet.copyOf(requested.statuses());
        if (!seesDrafts(viewer)) {
            statuses.remove(CampaignStatus.DRAFT);
        }
        if (statuses.isEmpty()) {
            return Mono.just(new PageResult<>(List.of(), page, size, 0));
        }
        String text = VietnameseText.fold(requested.text());
        return campaigns.find(new CampaignQuery(statuses, requested.year(), requested.kind(),
                requested.launchingUnit(), text.isEmpty() ? null : text), page, size);
    }

    /**
     * Reads the campaign, checks the caller acts for its launching unit and the {@code If-Match}, then applies the
     * command; without {@code If-Match} the version just read guards the write.
     */
    private Mono<Campaign> act(String id, OptionalLong ifMatch, CurrentUser user, String what,
                               Function<Campaign, Mono<Campaign>> command) {
        return get(id, user)
                .flatMap(campaign -> officers.requireActsFor(user, campaign.definition().launchingUnit().code(), what)
                        .thenReturn(campaign))
                .flatMap(campaign -> {
                    if (ifMatch.isPresent() && ifMatch.getAsLong() != campaign.version()) {
                        return Mono.error(new PreconditionFailedException(id, campaign.version()));
                    }
                    return command.apply(campaign);
                });
    }

    private Mono<Void> requireInScope(Campaign campaign, List<String> codes, Map<String, Unit> known, int year) {
        return Flux.fromIterable(codes)
                .concatMap(code -> known.containsKey(code)
                        ? scopes.includes(campaign, known.get(code), year).map(in -> in ? "" : code)
                        : Mono.just(code))
                .filter(code -> !code.isEmpty())
                .collectList()
                .flatMap(outside -> outside.isEmpty() ? Mono.<Void>empty() : Mono.error(outOfScope(outside)));
    }

    /** The clusters a scope names must exist: their members are the peers a review ranks together. */
    private Mono<Void> requireClusters(CampaignDefinition definition) {
        List<String> ids = definition.scope().clusterIds();
        if (ids == null || ids.isEmpty()) {
            return Mono.empty();
        }
        return clusters.findByIds(ids).map(Cluster::id).collect(Collectors.toSet()).flatMap(known -> {
            var unknown = ids.stream().filter(clusterId -> !known.contains(clusterId)).toList();
            return unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new BusinessRuleException("unknown-cluster",
                    "Không tìm thấy cụm, khối thi đua có mã " + String.join(", ", unknown) + ".",
                    Map.of("clusterIds", unknown)));
        });
    }

    static BusinessRuleException outOfScope(List<String> codes) {
        return new BusinessRuleException("unit-out-of-scope", "Đơn vị " + String.join(", ", codes)
                + " không thuộc phạm vi của phong trào thi đua này.", Map.of("unitCodes", codes));
    }

    private static boolean seesDrafts(CurrentUser viewer) {
        return viewer != null && viewer.has(DRAFT_READERS);
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("Không tìm thấy phong trào thi đua có mã \"" + id + "\".");
    }
}
