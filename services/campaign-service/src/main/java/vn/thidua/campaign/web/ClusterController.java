package vn.thidua.campaign.web;

import java.net.URI;
import java.util.List;
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
import vn.thidua.campaign.application.ClusterService;
import vn.thidua.campaign.domain.cluster.Cluster;
import vn.thidua.campaign.domain.cluster.ClusterDefinition;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;

/** {@code /api/clusters}: emulation clusters and blocs, their members and leader year by year. */
@RestController
@RequestMapping("/api/clusters")
class ClusterController {

    private final ClusterService clusters;

    ClusterController(ClusterService clusters) {
        this.clusters = clusters;
    }

    record YearRequest(List<String> memberCodes, String leaderCode) {
    }

    @PostMapping
    Mono<ResponseEntity<Cluster>> create(@RequestBody ClusterDefinition definition) {
        return CurrentUser.current()
                .flatMap(user -> clusters.create(definition, user))
                .map(cluster -> ResponseEntity.created(URI.create("/api/clusters/" + cluster.id()))
                        .eTag(Etags.format(cluster.version())).body(cluster));
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<Cluster>> redefine(@PathVariable String id, @RequestBody ClusterDefinition definition,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> clusters.redefine(id, definition, Etags.expectedVersion(ifMatch), user))
                .map(ClusterController::withVersion);
    }

    /** Sets the members and the leader (cụm trưởng) of one year. */
    @PutMapping("/{id}/years/{year}")
    Mono<ResponseEntity<Cluster>> year(@PathVariable String id, @PathVariable int year,
                                       @RequestBody YearRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return CurrentUser.current()
                .flatMap(user -> clusters.setYear(id, year, request.memberCodes(), request.leaderCode(),
                        Etags.expectedVersion(ifMatch), user))
                .map(ClusterController::withVersion);
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Cluster>> get(@PathVariable String id) {
        return clusters.get(id).map(ClusterController::withVersion);
    }

    /** Every cluster by name; {@code ?year=2025} only those with members that year. */
    @GetMapping
    Mono<List<Cluster>> list(@RequestParam(required = false) Integer year) {
        return clusters.list(year);
    }

    private static ResponseEntity<Cluster> withVersion(Cluster cluster) {
        return ResponseEntity.ok().eTag(Etags.format(cluster.version())).body(cluster);
    }
}
