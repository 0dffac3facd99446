package vn.thidua.campaign.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.CampaignService;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/** {@code /api/campaigns}: drafting, launching and reading emulation campaigns. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    Mono<ResponseEntity<CampaignView>> draft(@RequestBody CampaignDefinition definition) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.draft(definition, user))
                .map(campaign -> withVersion(ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())),
                        campaign));
    }

    @PostMapping("/{id}/launch")
    Mono<ResponseEntity<CampaignView>> launch(@PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> campaigns.launch(id, Etags.expectedVersion(ifMatch), user))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<CampaignView>> get(@PathVariable String id) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> campaigns.get(id, viewer.orElse(null)))
                .map(campaign -> withVersion(ResponseEntity.ok(), campaign));
    }

    /** {@code ?status=LAUNCHED&status=CLOSED}, newest first; anonymous readers never see drafts. */
    @GetMapping
    Mono<PageResult<CampaignView>> list(@RequestParam(name = "status", required = false) List<CampaignStatus> status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        Set<CampaignStatus> statuses = status == null || status.isEmpty()
                ? Set.of() : EnumSet.copyOf(status);
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> campaigns.list(statuses, page, size, viewer.orElse(null)))
                .map(found -> found.map(CampaignView::of));
    }

    private static ResponseEntity<CampaignView> withVersion(ResponseEntity.BodyBuilder response, Campaign campaign) {
        return response.eTag(Etags.format(campaign.version())).body(CampaignView.of(campaign));
    }
}
