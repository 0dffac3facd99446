package vn.thidua.nomination.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.DecisionService;
import vn.thidua.nomination.domain.Decision;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.PageResult;

/** {@code /api/decisions}: issued by the authority's officers, read by anyone, its list exported as CSV. */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    Mono<ResponseEntity<DecisionView>> issue(@RequestBody DecisionService.NewDecision input) {
        return CurrentUser.current().flatMap(user -> decisions.issue(input, user))
                .map(d -> ResponseEntity.created(URI.create("/api/decisions/" + d.id())).body(DecisionView.of(d)));
    }

    @GetMapping
    Mono<PageResult<DecisionView>> list(@RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return decisions.list(year, page, size).map(found -> found.map(DecisionView::of));
    }

    @GetMapping("/{id}")
    Mono<DecisionView> get(@PathVariable String id) {
        return decisions.get(id).map(DecisionView::of);
    }

    @GetMapping("/{id}/grants.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable String id) {
        return decisions.csv(id).map(body -> ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quyet-dinh-" + id + ".csv\"")
                .body(body));
    }

    /** A decision as the law publishes it: the act and its list, names included, no pseudonymous ids. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionView(String id, String number, LocalDate signedOn, String issuerUnitCode, String issuerName,
                        String signerName, String signerTitle, List<String> legalGrounds, String reason,
                        List<Line> grants, long totalPrize) {

        record Line(String nominationId, String awardId, SubjectKind subjectKind, String displayName, String unitCode,
                    String awardCode, String awardName, int year, String timingType, long prizeAmount) {
        }

        static DecisionView of(Decision d) {
            return new DecisionView(d.id(), d.number(), d.signedOn(), d.issuerUnitCode(), d.issuerName(),
                    d.signerName(), d.signerTitle(), d.legalGrounds(), d.reason(), d.grants().stream()
                    .map(g -> new Line(g.nominationId(), g.awardId(), g.subjectKind(), g.displayName(), g.unitCode(),
                            g.awardCode(), g.awardName(), g.year(), g.timingType().label(), g.prizeAmount()))
                    .toList(), d.totalPrize());
        }
    }
}
