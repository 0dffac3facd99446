package vn.thidua.nomination.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import vn.thidua.nomination.application.NominationService;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.domain.Reason;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/** {@code /api/nominations}: from draft through submission and appraisal, and the eligibility check on demand. */
@RestController
@RequestMapping("/api/nominations")
class NominationController {

    private final NominationService nominations;

    NominationController(NominationService nominations) {
        this.nominations = nominations;
    }

    @PostMapping
    Mono<ResponseEntity<NominationView>> create(@RequestBody NominationService.NewNomination input) {
        return CurrentUser.current().flatMap(user -> nominations.create(input, user))
                .map(n -> withVersion(ResponseEntity.created(URI.create("/api/nominations/" + n.id())), n));
    }

    @GetMapping
    Mono<PageResult<NominationView>> list(@RequestParam(required = false) List<NominationStatus> status,
                                          @RequestParam(required = false) String unit,
                                          @RequestParam(required = false) String award,
                                          @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        var filter = new NominationService.Filter(status, unit, award, year, q);
        return CurrentUser.current().flatMap(user -> nominations.list(filter, page, size, user))
                .map(found -> found.map(NominationView::of));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<NominationView>> get(@PathVariable String id) {
        return CurrentUser.current().flatMap(user -> nominations.get(id, user))
                .map(n -> withVersion(ResponseEntity.ok(), n));
    }

    /** Every reason, in Vietnamese, the rules find against the award today; empty means eligible. */
    @GetMapping("/{id}/eligibility")
    Mono<EligibilityView> eligibility(@PathVariable String id) {
        return CurrentUser.current().flatMap(user -> nominations.eligibility(id, user)).map(EligibilityView::of);
    }

    @PostMapping("/{id}/submit")
    Mono<ResponseEntity<NominationView>> submit(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        return CurrentUser.current().flatMap(user -> nominations.submit(id, Etags.expectedVersion(ifMatch), user))
                .map(n -> withVersion(ResponseEntity.ok(), n));
    }

    record ReturnRequest(String reason, LocalDate supplementDueOn) {
    }

    @PostMapping("/{id}/return")
    Mono<ResponseEntity<NominationView>> returnForSupplement(@PathVariable String id,
                                                             @RequestBody ReturnRequest request,
                                                             @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                                     required = false) String ifMatch) {
        return CurrentUser.current().flatMap(user -> nominations.returnForSupplement(id, request.reason(),
                        request.supplementDueOn(), Etags.expectedVersion(ifMatch), user))
                .map(n -> withVersion(ResponseEntity.ok(), n));
    }

    record RejectRequest(String reason) {
    }

    @PostMapping("/{id}/reject")
    Mono<ResponseEntity<NominationView>> reject(@PathVariable String id, @RequestBody RejectRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        return CurrentUser.current().flatMap(user -> nominations.rejectAsIncomplete(id, request.reason(),
                        Etags.expectedVersion(ifMatch), user))
                .map(n -> withVersion(ResponseEntity.ok(), n));
    }

    @PostMapping("/{id}/appraise")
    Mono<ResponseEntity<NominationView>> appraise(@PathVariable String id,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch) {
        return CurrentUser.current().flatMap(user -> nominations.appraise(id, Etags.expectedVersion(ifMatch), user))
                .map(n -> withVersion(ResponseEntity.ok(), n));
    }

    record EligibilityView(boolean eligible, List<Reason> reasons) {
        static EligibilityView of(List<Reason> reasons) {
            return new EligibilityView(reasons.isEmpty(), reasons);
        }
    }

    private static ResponseEntity<NominationView> withVersion(ResponseEntity.BodyBuilder response, Nomination n) {
        return response.eTag(Etags.format(n.version())).body(NominationView.of(n));
    }
}
