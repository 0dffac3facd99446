package vn.thidua.nomination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.domain.Initiative;
import vn.thidua.nomination.domain.InitiativeScope;
import vn.thidua.nomination.domain.Person.DisciplineRecord;
import vn.thidua.nomination.domain.Person.Membership;
import vn.thidua.nomination.domain.Person.PersonalData;
import vn.thidua.nomination.domain.Person.ProceedingRecord;
import vn.thidua.nomination.domain.Person.YearRating;
import vn.thidua.nomination.domain.Person;
import vn.thidua.nomination.domain.RatingList;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/**
 * The people the rules judge and their records, entered by the commendation office or by a unit's officer for
 * their own unit; initiatives too.
 */
@Service
public class PeopleService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final Access access;
    private final Clock clock;
    private final TenantProperties tenant;

    PeopleService(AggregateDocuments documents, Queries queries, Access access, Clock clock, TenantProperties tenant) {
        this.documents = documents;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
        this.tenant = tenant;
    }

    public record NewPerson(String fullName, LocalDate birthDate, String idNumber, String phone, String address,
                            List<Membership> memberships) {
    }

    public Mono<Person> create(NewPerson input, CurrentUser user) {
        String name = VietnameseText.nfc(input.fullName());
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("fullName", "Không được để trống.")));
        }
        List<Membership> memberships = input.memberships() == null ? List.of() : input.memberships();
        return requireUnits(user, memberships.stream().map(Membership::unitCode).toList())
                .then(Mono.defer(() -> documents.create(Collections.PEOPLE, new Person(UUID.randomUUID().toString(),
                        tenant.provinceCode(), name, VietnameseText.fold(name), new PersonalData(input.birthDate(),
                        trim(input.idNumber()), trim(input.phone()), VietnameseText.nfc(input.address())),
                        memberships, List.of(), List.of(), List.of(), Instant.now(clock), user.id(), 1), List.of())));
    }

    /** A person's dossier, for the office and for officers of a unit the person belongs to. */
    public Mono<Person> get(String id, CurrentUser user) {
        return documents.find(Collections.PEOPLE, id, Person.class)
                .filterWhen(person -> visible(person, user))
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("cá nhân", id)));
    }

    public Mono<PageResult<Person>> list(String unitCode, Integer year, String q, int page, int size,
                                         CurrentUser user) {
        PageResult.requireValid(page, size);
        return access.scope(user).flatMap(scope -> {
            var filter = new Criteria();
            var parts = new ArrayList<Criteria>();
            if (unitCode != null) {
                parts.add(Criteria.where("memberships.unitCode").is(unitCode));
            }
            if (year != null) {
                parts.add(Criteria.where("memberships.year").is(year));
            }
            scope.ifPresent(codes -> parts.add(Criteria.where("memberships.unitCode").in(codes)));
            String folded = VietnameseText.fold(q);
            if (!folded.isEmpty()) {
                parts.add(Queries.searchKeyContains(folded));
            }
            if (!parts.isEmpty()) {
                filter.andOperator(parts.toArray(Criteria[]::new));
            }
            return queries.people(filter, page, size);
        });
    }

    public Mono<Person> addMembership(String id, Membership membership, CurrentUser user) {
        return requireUnits(user, List.of(membership.unitCode())).then(change(id, user, person -> {
            var all = new ArrayList<>(person.memberships().stream().filter(m -> m.year() != membership.year()).toList());
            all.add(membership);
            return copy(person, all, person.ratings(), person.disciplines(), person.proceedings());
        }));
    }

    public Mono<Person> rate(String id, YearRating rating, CurrentUser user) {
        return change(id, user, person -> copy(person, person.memberships(), withRating(person.ratings(), rating),
                person.disciplines(), person.proceedings()));
    }

    public Mono<Person> addDiscipline(String id, DisciplineRecord discipline, CurrentUser user) {
        if (discipline.endsOn() != null && discipline.endsOn().isBefore(discipline.decidedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("endsOn",
                    "Ngày hết hiệu lực kỷ luật không được trước ngày quyết định.")));
        }
        return change(id, user, person -> {
            var all = new ArrayList<>(person.disciplines());
            all.add(discipline);
            return copy(person, person.memberships(), person.ratings(), all, person.proceedings());
        });
    }

    public Mono<Person> addProceeding(String id, ProceedingRecord proceeding, CurrentUser user) {
        return change(id, user, person -> {
            var all = new ArrayList<>(person.proceedings());
            all.add(proceeding);
            return copy(person, person.memberships(), person.ratings(), person.disciplines(), all);
        });
    }

    /** Closes the {@code index}-th proceeding (0-based, in the order recorded) on {@code closedOn}. */
    public Mono<Person> closeProceeding(String id, int index, LocalDate closedOn, CurrentUser user) {
        return change(id, user, person -> {
            if (index < 0 || index >= person.proceedings().size()) {
                throw NotFoundException.of("vụ việc", String.valueOf(index));
            }
            var all = new ArrayList<>(person.proceedings());
            ProceedingRecord open = all.get(index);
            if (open.closedOn() != null) {
                throw new BusinessRuleException("proceeding-closed", "Vụ việc này đã kết thúc ngày " + open.closedOn() + ".");
            }
            if (closedOn.isBefore(open.openedOn())) {
                throw new InvalidInputException(List.of(new FieldProblem("closedOn",
                        "Ngày kết thúc không được trước ngày bắt đầu.")));
            }
            all.set(index, new ProceedingRecord(open.kind(), open.openedOn(), closedOn, open.note()));
            return copy(person, person.memberships(), person.ratings(), person.disciplines(), all);
        });
    }

    /**
     * A unit's yearly rating list from CSV: every bad row is reported with its line, and a list with any error
     * imports nothing. People are matched by their identity number; unknown ones are created.
     */
    public Mono<RatingList.Imported> importRatings(String unitCode, int year, String csv, CurrentUser user) {
        RatingList list = RatingList.parse(csv);
        if (!list.errors().isEmpty()) {
            return Mono.error(new InvalidInputException(list.errors()));
        }
        return requireUnits(user, List.of(unitCode))
                .then(queries.peopleByIdNumbers(list.rows().stream().map(RatingList.Row::idNumber).toList())
                        .collectMap(p -> p.personal().idNumber()))
                .flatMap(known -> Flux.fromIterable(list.rows()).concatMap(row -> {
                    Person existing = known.get(row.idNumber());
                    var membership = new Membership(unitCode, year, row.position());
                    var rating = new YearRating(year, row.rating());
                    if (existing == null) {
                        Person created = new Person(UUID.randomUUID().toString(), tenant.provinceCode(),
                                row.fullName(), VietnameseText.fold(row.fullName()),
                                new PersonalData(row.birthDate(), row.idNumber(), null, null), List.of(membership),
                                List.of(rating), List.of(), List.of(), Instant.now(clock), user.id(), 1);
                        return documents.create(Collections.PEOPLE, created, List.of()).thenReturn(1);
                    }
                    var memberships = new ArrayList<>(existing.memberships().stream()
                            .filter(m -> m.year() != year).toList());
                    memberships.add(membership);
                    return documents.save(Collections.PEOPLE, existing.id(), existing.version(),
                            copy(existing, memberships, withRating(existing.ratings(), rating), existing.disciplines(),
                                    existing.proceedings()), List.of()).thenReturn(0);
                }).reduce(0, Integer::sum).map(created -> new RatingList.Imported(list.rows().size(), created)));
    }

    public record NewInitiative(String personId, String title, InitiativeScope scope, LocalDate recognisedOn,
                                String recognitionDecision) {
    }

    public Mono<Initiative> addInitiative(NewInitiative input, CurrentUser user) {
        var problems = new ArrayList<FieldProblem>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new FieldProblem("title", "Không được để trống."));
        }
        if (input.scope() == null) {
            problems.add(new FieldProblem("scope", "Không được để trống."));
        }
        if (input.recognisedOn() == null) {
            problems.add(new FieldProblem("recognisedOn", "Không được để trống."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems));
        }
        return get(input.personId(), user).flatMap(person -> documents.create(Collections.INITIATIVES,
                new Initiative(UUID.randomUUID().toString(), tenant.provinceCode(), person.id(),
                        VietnameseText.nfc(input.title()), input.scope(), input.recognisedOn(),
                        VietnameseText.nfc(input.recognitionDecision()), Instant.now(clock), user.id(), 1),
                List.of()));
    }

    public Flux<Initiative> initiatives(String personId, CurrentUser user) {
        return get(personId, user).flatMapMany(person -> queries.initiativesOf(person.id()));
    }

    private Mono<Person> change(String id, CurrentUser user, UnaryOperator<Person> step) {
        return get(id, user).flatMap(person -> {
            Person next = step.apply(person);
            return documents.save(Collections.PEOPLE, id, person.version(), next, List.of());
        });
    }

    private Mono<Boolean> visible(Person person, CurrentUser user) {
        if (Access.isOffice(user)) {
            return Mono.just(true);
        }
        return access.scope(user).map(scope -> scope.map(codes -> person.memberships().stream()
                .anyMatch(m -> codes.contains(m.unitCode()))).orElse(true));
    }

    private Mono<Void> requireUnits(CurrentUser user, List<String> unitCodes) {
        return access.scope(user).flatMap(scope -> {
            Optional<String> outside = scope.flatMap(codes -> unitCodes.stream().filter(c -> !codes.contains(c))
                    .findFirst());
            return outside.<Mono<Void>>map(code -> Mono.error(new BusinessRuleException("unit-out-of-scope",
                    "Cán bộ của đơn vị chỉ được nhập hồ sơ của đơn vị mình và đơn vị trực thuộc; \"" + code
                            + "\" nằm ngoài phạm vi đó."))).orElse(Mono.empty());
        });
    }

    private static List<YearRating> withRating(List<YearRating> ratings, YearRating rating) {
        var all = new ArrayList<>(ratings.stream().filter(r -> r.year() != rating.year()).toList());
        all.add(rating);
        return all;
    }

    private static Person copy(Person p, List<Membership> memberships, List<YearRating> ratings,
                               List<DisciplineRecord> disciplines, List<ProceedingRecord> proceedings) {
        return new Person(p.id(), p.provinceCode(), p.fullName(), p.searchKey(), p.personal(), memberships, ratings,
                disciplines, proceedings, p.createdAt(), p.createdBy(), p.version() + 1);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
