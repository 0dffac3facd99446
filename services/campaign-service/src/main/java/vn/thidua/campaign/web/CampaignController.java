package vn.thidua.campaign.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.CampaignQuery;
import vn.thidua.campaign.application.CampaignService;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.campaign.domain.review.ReviewRequest;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/** {@code /api/campaigns}: drafting, launching, reviewing, closing, cancelling, copying and searching campaigns. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    record CancelRequest(String reason) {
    }

    /** @param launchedOn only when an administrator records a launch made on paper before */
    record LaunchRequest(LocalDate launchedOn) {
    }

    @PostMapping
    Mono<ResponseEntity<CampaignView>> draft(@RequestBody CampaignDefinition definition) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.draft(definition, user))
                .map(CampaignController::created);
    }

    /** Rewrites a draft. */
    @PutMapping("/{id}")
    Mono<ResponseEntity<CampaignView>> redefine(@PathVariable String id, @RequestBody CampaignDefinition definition,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.redefine(id, definition, Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    @PostMapping("/{id}/launch")
    Mono<ResponseEntity<CampaignView>> launch(@PathVariable String id,
                                              @RequestBody(required = false) LaunchRequest request,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.launch(id, request == null ? null : request.launchedOn(),
                        Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    /** Records a mid-term ({@code "stage": "MID_TERM"}) or final ({@code "FINAL"}) review. */
    @PostMapping("/{id}/reviews")
    Mono<ResponseEntity<CampaignView>> review(@PathVariable String id, @RequestBody ReviewRequest review,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.review(id, review, Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    @PostMapping("/{id}/close")
    Mono<ResponseEntity<CampaignView>> close(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.close(id, Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    @PostMapping("/{id}/cancel")
    Mono<ResponseEntity<CampaignView>> cancel(@PathVariable String id, @RequestBody CancelRequest request,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.cancel(id, request.reason(), Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    /** A new draft: the same plan one year on. */
    @PostMapping("/{id}/copy")
    Mono<ResponseEntity<CampaignView>> copy(@PathVariable String id) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.copyForNextYear(id, user))
                .map(CampaignController::created);
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<CampaignView>> get(@PathVariable String id) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> campaigns.get(id, viewer.orElse(null)))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    /**
     * {@code ?status=LAUNCHED&status=CLOSED&year=2025&kind=THEMATIC&launchingUnit=UBND-TN&q=nong thon moi}, newest
     * first; {@code q} ignores diacritics and case. Anonymous readers never see drafts.
     */
    @GetMapping
    Mono<PageResult<CampaignView>> list(@RequestParam(name = "status", required = false) List<CampaignStatus> status,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) CampaignKind kind,
                                        @RequestParam(required = false) String launchingUnit,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        Set<CampaignStatus> statuses = status == null || status.isEmpty()
                ? Set.of() : EnumSet.copyOf(status);
        var query = new CampaignQuery(statuses, year, kind,
                launchingUnit == null || launchingUnit.isBlank() ? null : launchingUnit.strip(), q);
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> campaigns.list(query, page, size, viewer.orElse(null)))
                .map(found -> found.map(CampaignView::of));
    }

    private static ResponseEntity<CampaignView> created(Campaign campaign) {
        return withVersion(ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())), campaign);
    }

    private static ResponseEntity<CampaignView> withVersion(ResponseEntity.BodyBuilder response, Campaign campaign) {
        return response.eTag(Etags.format(campaign.version())).body(CampaignView.of(campaign));
    }
}
