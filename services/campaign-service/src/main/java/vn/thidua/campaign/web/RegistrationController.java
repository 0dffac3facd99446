package vn.thidua.campaign.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.application.RegistrationService;
import vn.thidua.campaign.domain.registration.Pledge;
import vn.thidua.campaign.domain.registration.Registration;
import vn.thidua.contracts.events.campaign.RegistrationTarget;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;

/** {@code /api/campaigns/{id}/registrations}: the units' registrations and pledges, one per unit. */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/registrations")
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /**
     * What a unit sends: its targets and pledges; {@code registeredOn} only when an administrator records a
     * registration made on paper before.
     */
    record RegistrationRequest(List<RegistrationTarget> targets, List<String> pledges, LocalDate registeredOn) {
    }

    /** Registers the unit (201) or amends its registration (200) until the deadline. */
    @PutMapping("/{unitCode}")
    Mono<ResponseEntity<Registration>> register(@PathVariable String campaignId, @PathVariable String unitCode,
                                                @RequestBody RegistrationRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> registrations.register(campaignId, unitCode,
                        new Pledge(request.targets(), request.pledges()), request.registeredOn(),
                        Etags.expectedVersion(ifMatch), user))
                .map(registered -> (registered.created()
                        ? ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/registrations/"
                        + unitCode)) : ResponseEntity.ok())
                        .eTag(Etags.format(registered.registration().version())).body(registered.registration()));
    }

    @GetMapping("/{unitCode}")
    Mono<ResponseEntity<Registration>> get(@PathVariable String campaignId, @PathVariable String unitCode) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> registrations.get(campaignId, unitCode, viewer.orElse(null)))
                .map(registration -> ResponseEntity.ok().eTag(Etags.format(registration.version()))
                        .body(registration));
    }

    @GetMapping
    Mono<List<Registration>> list(@PathVariable String campaignId) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> registrations.list(campaignId, viewer.orElse(null)));
    }
}
