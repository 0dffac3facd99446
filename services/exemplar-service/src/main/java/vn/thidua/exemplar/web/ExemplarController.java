package vn.thidua.exemplar.web;

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
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.exemplar.application.ExemplarService;
import vn.thidua.exemplar.application.Reports;
import vn.thidua.exemplar.application.Requests;
import vn.thidua.exemplar.application.Viewer;
import vn.thidua.exemplar.domain.ArticleLink;
import vn.thidua.exemplar.domain.Diffusion;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarProposal;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.exemplar.domain.Statistics;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/**
 * {@code /api/exemplars}: proposing, fostering (plan and milestones), recognising, adoptions, archiving, the
 * diffusion summary and the statistics for reports.
 */
@RestController
@RequestMapping("/api/exemplars")
class ExemplarController {

    private final ExemplarService exemplars;
    private final Reports reports;

    ExemplarController(ExemplarService exemplars, Reports reports) {
        this.exemplars = exemplars;
        this.reports = reports;
    }

    @PostMapping
    Mono<ResponseEntity<ExemplarView>> propose(@RequestBody ExemplarProposal proposal) {
        return viewer().flatMap(viewer -> exemplars.propose(proposal, viewer)
                .map(e -> withVersion(ResponseEntity.created(URI.create("/api/exemplars/" + e.id())), e)));
    }

    @GetMapping
    Mono<PageResult<ExemplarView>> list(@RequestParam(name = "status", required = false) List<ExemplarStatus> status,
                                        @RequestParam(required = false) ExemplarField field,
                                        @RequestParam(required = false) String unit,
                                        @RequestParam(name = "q", required = false) String text,
                                        @RequestParam(defaultValue = "false") boolean overdue,
                                        @RequestParam(required = false) Boolean needsReview,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        Set<ExemplarStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
        return viewer().flatMap(viewer -> exemplars.list(statuses, field, unit, text, overdue, needsReview, year,
                        page, size, viewer)
                .map(found -> found.map(e -> view(e, viewer, List.of()))));
    }

    @GetMapping("/statistics")
    Mono<Statistics> statistics(@RequestParam(required = false) String unit,
                                @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to) {
        return viewer().flatMap(viewer -> reports.statistics(unit, from, to, exemplars.today(), viewer));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<ExemplarView>> get(@PathVariable String id) {
        return viewer().flatMap(viewer -> exemplars.get(id, viewer)
                .flatMap(e -> exemplars.articlesAbout(id).map(articles -> {
                    var response = ResponseEntity.ok();
                    if (viewer.seesInFull(e)) {
                        response.eTag(Etags.format(e.version()));
                    }
                    return response.body(view(e, viewer, articles));
                })));
    }

    @GetMapping("/{id}/diffusion")
    Mono<Diffusion> diffusion(@PathVariable String id) {
        return viewer().flatMap(viewer -> exemplars.diffusion(id, viewer));
    }

    @PutMapping("/{id}/profile")
    Mono<ResponseEntity<ExemplarView>> profile(@PathVariable String id, @RequestBody Requests.Profile body,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.updateProfile(id, body, Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    @PostMapping("/{id}/fostering")
    Mono<ResponseEntity<ExemplarView>> foster(@PathVariable String id, @RequestBody Requests.Fostering body,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.startFostering(id, body, Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    @PostMapping("/{id}/fostering/milestones/{milestoneId}/reached")
    Mono<ResponseEntity<ExemplarView>> reach(@PathVariable String id, @PathVariable String milestoneId,
                                             @RequestBody Requests.MilestoneReport body,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.reachMilestone(id, milestoneId, body,
                        Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    @PostMapping("/{id}/recognition")
    Mono<ResponseEntity<ExemplarView>> recognise(@PathVariable String id, @RequestBody Requests.Recognition body,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.recognise(id, body, Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    @PostMapping("/{id}/adoptions")
    Mono<ResponseEntity<ExemplarView>> adopt(@PathVariable String id, @RequestBody Requests.Adoption body,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.adopt(id, body, Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.status(201), e)));
    }

    @PutMapping("/{id}/adoptions/{adoptionId}/outcome")
    Mono<ResponseEntity<ExemplarView>> adoptionOutcome(@PathVariable String id, @PathVariable String adoptionId,
                                                       @RequestBody Requests.AdoptionOutcome body,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.reportAdoptionOutcome(id, adoptionId, body,
                        Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    @PostMapping("/{id}/archive")
    Mono<ResponseEntity<ExemplarView>> archive(@PathVariable String id, @RequestBody Requests.Archive body,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return viewer().flatMap(viewer -> exemplars.archive(id, body, Etags.expectedVersion(ifMatch), viewer)
                .map(e -> withVersion(ResponseEntity.ok(), e)));
    }

    private Mono<Viewer> viewer() {
        return CurrentUser.currentOrAnonymous().flatMap(user -> exemplars.viewer(user.orElse(null)));
    }

    private ExemplarView view(Exemplar e, Viewer viewer, List<ArticleLink> articles) {
        return viewer.seesInFull(e) ? ExemplarView.full(e, exemplars.today(), articles)
                : ExemplarView.publicView(e, articles);
    }

    private ResponseEntity<ExemplarView> withVersion(ResponseEntity.BodyBuilder response, Exemplar e) {
        return response.eTag(Etags.format(e.version())).body(ExemplarView.full(e, exemplars.today(), List.of()));
    }
}
