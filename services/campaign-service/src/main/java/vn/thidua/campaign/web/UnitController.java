package vn.thidua.campaign.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.UnitService;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.campaign.domain.unit.UnitDefinition;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;

/** {@code /api/units}: the organisation units, their tree on any day, and their headcounts. */
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    /** The tree of units valid on {@code asOf} (today in Vietnam by default). */
    record UnitTreeView(LocalDate asOf, List<UnitView> units) {
    }

    record HeadcountRequest(Integer members) {
    }

    /** With {@code q}, the matching units of that day as a flat list instead of the tree. */
    @GetMapping
    Mono<UnitTreeView> tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate asOf, @RequestParam(required = false) String q) {
        LocalDate day = asOf == null ? units.today() : asOf;
        if (q != null && !q.isBlank()) {
            return units.search(q, day).map(found -> new UnitTreeView(day, found.stream().map(UnitView::of).toList()));
        }
        return units.tree(day).map(roots -> new UnitTreeView(day, roots.stream().map(UnitView::of).toList()));
    }

    @GetMapping("/{code}")
    Mono<ResponseEntity<UnitView>> get(@PathVariable String code) {
        return units.get(code).map(details -> ResponseEntity.ok().eTag(Etags.format(details.unit().version()))
                .body(UnitView.of(details)));
    }

    /** Creates the unit (201) or replaces its definition (200); {@code If-Match} guards a replacement. */
    @PutMapping("/{code}")
    Mono<ResponseEntity<UnitView>> upsert(@PathVariable String code, @RequestBody UnitDefinition definition,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> units.upsert(code, definition, Etags.expectedVersion(ifMatch), user))
                .map(upserted -> withVersion(upserted.created()
                        ? ResponseEntity.created(URI.create("/api/units/" + code)) : ResponseEntity.ok(),
                        upserted.unit()));
    }

    @PutMapping("/{code}/headcounts/{year}")
    Mono<ResponseEntity<UnitView>> headcount(@PathVariable String code, @PathVariable int year,
                                             @RequestBody HeadcountRequest request,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> units.setHeadcount(code, year, request.members(), Etags.expectedVersion(ifMatch),
                        user))
                .map(unit -> withVersion(ResponseEntity.ok(), unit));
    }

    private static ResponseEntity<UnitView> withVersion(ResponseEntity.BodyBuilder response, Unit unit) {
        return response.eTag(Etags.format(unit.version())).body(UnitView.of(unit));
    }
}
