package vn.thidua.nomination.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.CatalogueService;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.support.web.Etags;

/** {@code /api/award-types}: the catalogue of titles and forms with every legal version of their rules. */
@RestController
@RequestMapping("/api/award-types")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    Flux<AwardType> list() {
        return catalogue.all();
    }

    @GetMapping("/{code}")
    Mono<ResponseEntity<AwardType>> get(@PathVariable String code) {
        return catalogue.get(code).map(type -> ResponseEntity.ok().eTag(Etags.format(type.version())).body(type));
    }

    /** A new legal basis: the posted version takes effect on its {@code validFrom} and closes the current one. */
    @PostMapping("/{code}/versions")
    Mono<ResponseEntity<AwardType>> addVersion(@PathVariable String code, @RequestBody AwardTypeVersion version,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch) {
        return catalogue.addVersion(code, version, Etags.expectedVersion(ifMatch))
                .map(type -> ResponseEntity.ok().eTag(Etags.format(type.version())).body(type));
    }
}
