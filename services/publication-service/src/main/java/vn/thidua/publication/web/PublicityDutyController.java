package vn.thidua.publication.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.PublicityDutyService;
import vn.thidua.publication.domain.PublicityDuty;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;

/** {@code /api/publicity-duties}: targets under the publicity plan and the report of target, published and gap. */
@RestController
@RequestMapping("/api/publicity-duties")
class PublicityDutyController {

    private final PublicityDutyService duties;

    PublicityDutyController(PublicityDutyService duties) {
        this.duties = duties;
    }

    record DutyView(String id, String unitCode, PublicityDuty.DutyKind kind, String kindLabel, LocalDate periodFrom,
                    LocalDate periodTo, int target, String plan, long version) {
        static DutyView of(PublicityDuty d) {
            return new DutyView(d.id(), d.unitCode(), d.kind(), d.kind().label(), d.periodFrom(), d.periodTo(),
                    d.target(), d.plan(), d.version());
        }
    }

    record ReportLine(DutyView duty, long published, long gap, boolean met) {
        static ReportLine of(PublicityDuty.Progress p) {
            return new ReportLine(DutyView.of(p.duty()), p.published(), p.gap(), p.met());
        }
    }

    @PostMapping
    Mono<ResponseEntity<DutyView>> create(@RequestBody PublicityDuty.Definition definition) {
        return CurrentUser.current().flatMap(user -> duties.create(definition, user))
                .map(duty -> ResponseEntity.created(URI.create("/api/publicity-duties/" + duty.id()))
                        .eTag(Etags.format(duty.version())).body(DutyView.of(duty)));
    }

    /** {@code ?from=2025-01-01&to=2025-12-31&unitCode=XA-PHU-TIEN}: duties overlapping the period. */
    @GetMapping("/report")
    Mono<List<ReportLine>> report(@RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) String unitCode) {
        return CurrentUser.current().flatMap(user -> duties.report(from, to, unitCode, user))
                .map(lines -> lines.stream().map(ReportLine::of).toList());
    }
}
