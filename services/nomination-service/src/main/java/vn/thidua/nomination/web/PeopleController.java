package vn.thidua.nomination.web;

import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.PeopleService;
import vn.thidua.nomination.domain.Initiative;
import vn.thidua.nomination.domain.Person;
import vn.thidua.nomination.domain.Person.DisciplineRecord;
import vn.thidua.nomination.domain.Person.Membership;
import vn.thidua.nomination.domain.Person.ProceedingRecord;
import vn.thidua.nomination.domain.Person.YearRating;
import vn.thidua.nomination.domain.RatingList;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/**
 * {@code /api/people} and {@code /api/initiatives}: the people the rules judge, their records, their initiatives,
 * and a unit's yearly rating list imported from CSV.
 */
@RestController
class PeopleController {

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    @PostMapping("/api/people")
    Mono<ResponseEntity<Person>> create(@RequestBody PeopleService.NewPerson input) {
        return CurrentUser.current().flatMap(user -> people.create(input, user))
                .map(p -> ResponseEntity.created(URI.create("/api/people/" + p.id())).eTag(Etags.format(p.version()))
                        .body(p));
    }

    @GetMapping("/api/people")
    Mono<PageResult<Person>> list(@RequestParam(required = false) String unit,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return CurrentUser.current().flatMap(user -> people.list(unit, year, q, page, size, user));
    }

    @GetMapping("/api/people/{id}")
    Mono<ResponseEntity<Person>> get(@PathVariable String id) {
        return CurrentUser.current().flatMap(user -> people.get(id, user)).map(PeopleController::ok);
    }

    @PostMapping("/api/people/{id}/memberships")
    Mono<ResponseEntity<Person>> membership(@PathVariable String id, @RequestBody Membership membership) {
        return CurrentUser.current().flatMap(user -> people.addMembership(id, membership, user))
                .map(PeopleController::ok);
    }

    @PostMapping("/api/people/{id}/ratings")
    Mono<ResponseEntity<Person>> rating(@PathVariable String id, @RequestBody YearRating rating) {
        return CurrentUser.current().flatMap(user -> people.rate(id, rating, user)).map(PeopleController::ok);
    }

    @PostMapping("/api/people/{id}/disciplines")
    Mono<ResponseEntity<Person>> discipline(@PathVariable String id, @RequestBody DisciplineRecord discipline) {
        return CurrentUser.current().flatMap(user -> people.addDiscipline(id, discipline, user))
                .map(PeopleController::ok);
    }

    @PostMapping("/api/people/{id}/proceedings")
    Mono<ResponseEntity<Person>> proceeding(@PathVariable String id, @RequestBody ProceedingRecord proceeding) {
        return CurrentUser.current().flatMap(user -> people.addProceeding(id, proceeding, user))
                .map(PeopleController::ok);
    }

    record Closing(LocalDate closedOn) {
    }

    @PostMapping("/api/people/{id}/proceedings/{index}/close")
    Mono<ResponseEntity<Person>> closeProceeding(@PathVariable String id, @PathVariable int index,
                                                 @RequestBody Closing closing) {
        return CurrentUser.current().flatMap(user -> people.closeProceeding(id, index, closing.closedOn(), user))
                .map(PeopleController::ok);
    }

    /** A unit's rating list for a year: all rows or none; every bad row is named with its line. */
    @PostMapping(path = "/api/people/ratings/import", consumes = "text/csv")
    Mono<RatingList.Imported> importRatings(@RequestParam String unit, @RequestParam int year,
                                            @RequestBody String csv) {
        return CurrentUser.current().flatMap(user -> people.importRatings(unit, year, csv, user));
    }

    @PostMapping(path = "/api/initiatives", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Initiative>> initiative(@RequestBody PeopleService.NewInitiative input) {
        return CurrentUser.current().flatMap(user -> people.addInitiative(input, user))
                .map(i -> ResponseEntity.created(URI.create("/api/initiatives/" + i.id())).body(i));
    }

    @GetMapping("/api/initiatives")
    Flux<Initiative> initiatives(@RequestParam String personId) {
        return CurrentUser.current().flatMapMany(user -> people.initiatives(personId, user));
    }

    private static ResponseEntity<Person> ok(Person person) {
        return ResponseEntity.ok().eTag(Etags.format(person.version())).body(person);
    }
}
