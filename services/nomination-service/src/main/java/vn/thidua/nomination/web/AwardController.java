package vn.thidua.nomination.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.RegistryService;
import vn.thidua.nomination.domain.Award;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.PageResult;

/** {@code /api/awards}: the registry, its history per person or unit, past awards, revocations, statistics. */
@RestController
@RequestMapping("/api/awards")
class AwardController {

    private final RegistryService registry;

    AwardController(RegistryService registry) {
        this.registry = registry;
    }

    /** {@code ?subjectKind=INDIVIDUAL&subjectId=…} for a person's history; {@code ?unit=…} includes sub-units. */
    @GetMapping
    Mono<PageResult<Award>> list(@RequestParam(required = false) SubjectKind subjectKind,
                                 @RequestParam(required = false) String subjectId,
                                 @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return CurrentUser.current().flatMap(user -> registry.list(subjectKind, subjectId, unit, year, page, size,
                user));
    }

    @GetMapping("/{id}")
    Mono<Award> get(@PathVariable String id) {
        return registry.get(id);
    }

    @PostMapping
    Mono<ResponseEntity<Award>> recordPast(@RequestBody RegistryService.PastAward input) {
        return CurrentUser.current().flatMap(user -> registry.recordPast(input, user))
                .map(a -> ResponseEntity.created(URI.create("/api/awards/" + a.id())).body(a));
    }

    @PostMapping("/{id}/revoke")
    Mono<Award> revoke(@PathVariable String id, @RequestBody RegistryService.Revoke input) {
        return CurrentUser.current().flatMap(user -> registry.revoke(id, input, user));
    }

    /** Standing awards of a unit and its sub-units by year, level and form. */
    @GetMapping("/statistics")
    Mono<List<RegistryService.StatisticsRow>> statistics(@RequestParam String unit, @RequestParam int fromYear,
                                                         @RequestParam int toYear) {
        return CurrentUser.current().flatMap(user -> registry.statistics(unit, fromYear, toYear, user));
    }
}
