package vn.thidua.nomination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.nomination.NominationAppraised;
import vn.thidua.contracts.events.nomination.NominationReturned;
import vn.thidua.contracts.events.nomination.NominationSubmitted;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.Eligibility;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.domain.Person;
import vn.thidua.nomination.domain.Reason;
import vn.thidua.nomination.domain.Subject;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.nomination.domain.TimingType;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/** Nominations from draft to appraisal: creating, submitting, returning once, rejecting, appraising, reading. */
@Service
public class NominationService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final CatalogueService catalogue;
    private final FactsAssembler facts;
    private final Access access;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;

    NominationService(AggregateDocuments documents, Queries queries, CatalogueService catalogue,
                      FactsAssembler facts, Access access, Clock clock, WorkingDayCalendar calendar,
                      TenantProperties tenant) {
        this.documents = documents;
        this.queries = queries;
        this.catalogue = catalogue;
        this.facts = facts;
        this.access = access;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
    }

    /**
     * @param subjectId      a person's id (individual), a unit code (collective) or empty for a new household
     * @param displayName    needed for a collective unknown locally and for a household
     * @param subjectUnitCode the unit of a household; ignored otherwise
     * @param referenceDate  the date the nomination is judged on (which catalogue version applies); today if null
     */
    public record NewNomination(SubjectKind subjectKind, String subjectId, String displayName,
                                String subjectUnitCode, String awardCode, Integer year, TimingType timingType,
                                LocalDate referenceDate, String achievement, List<String> documents) {
    }

    public Mono<Nomination> create(NewNomination input, CurrentUser user) {
        requireFields(input);
        LocalDate reference = input.referenceDate() != null ? input.referenceDate() : calendar.today();
        return catalogue.get(input.awardCode()).flatMap(type -> {
            AwardTypeVersion version = versionOn(type, reference);
            if (version.subjectKind() != input.subjectKind()) {
                return Mono.error(new BusinessRuleException("subject-kind-mismatch", "\"" + version.name()
                        + "\" chỉ xét cho " + version.subjectKind().label() + ", không xét cho "
                        + input.subjectKind().label() + "."));
            }
            return subject(input, user).flatMap(subject -> access.covers(user, subject.unitCode()).flatMap(ok -> {
                if (!ok) {
                    return Mono.error(new BusinessRuleException("unit-out-of-scope", "Cán bộ của đơn vị chỉ được "
                            + "đề nghị khen thưởng cho đơn vị mình và đơn vị trực thuộc."));
                }
                String proposing = Access.isOffice(user) ? subject.unitCode() : user.unitCode();
                var draft = Nomination.draft(UUID.randomUUID().toString(), tenant.provinceCode(), proposing, subject,
                        type.code(), version.number(), input.year(), input.timingType(), reference,
                        VietnameseText.nfc(input.achievement()), input.documents() == null ? List.of()
                                : input.documents().stream().map(VietnameseText::nfc).toList(),
                        Instant.now(clock), user.id());
                return documents.create(Collections.NOMINATIONS, draft, List.of());
            }));
        });
    }

    /** Trình: runs the eligibility check and flags overlapping nominations; both travel with the dossier. */
    public Mono<Nomination> submit(String id, OptionalLong ifMatch, CurrentUser user) {
        return load(id, user, ifMatch).flatMap(nomination -> {
            nomination.requireTransition(NominationStatus.SUBMITTED, "trình");
            boolean resubmission = nomination.status() == NominationStatus.RETURNED;
            return Mono.zip(check(nomination), overlapping(nomination)).flatMap(t -> {
                List<Reason> reasons = t.getT1();
                List<String> overlaps = t.getT2();
                List<String> flags = overlaps.stream().map(other -> "Trùng hoặc chồng lấn với hồ sơ đề nghị \""
                        + other + "\" (cùng đối tượng, danh hiệu/hình thức và năm).").toList();
                Instant now = Instant.now(clock);
                Nomination submitted = nomination.submit(reasons, flags, now, user.id());
                var event = new NominationSubmitted(id, submitted.version(), submitted.provinceCode(),
                        submitted.proposingUnitCode(), EventMapping.kind(submitted.subject().kind()),
                        submitted.subject().id(), submitted.subject().unitCode(), submitted.awardCode(),
                        submitted.awardVersion(), submitted.year(), EventMapping.timing(submitted.timingType()),
                        reasons.isEmpty(), reasons.stream().map(Reason::code).distinct().toList(), overlaps,
                        resubmission, now);
                return save(nomination, submitted, PendingEvent.of(EventCatalog.NOMINATION_SUBMITTED_V1, event));
            });
        });
    }

    /** Trả lại để bổ sung: once, with a reason; the second time the dossier must be rejected instead. */
    public Mono<Nomination> returnForSupplement(String id, String reason, LocalDate dueOn, OptionalLong ifMatch,
                                                CurrentUser user) {
        return load(id, user, ifMatch).flatMap(nomination -> {
            Instant now = Instant.now(clock);
            Nomination returned = nomination.returnForSupplement(VietnameseText.nfc(reason), now, user.id());
            var event = new NominationReturned(id, returned.version(), returned.provinceCode(),
                    returned.proposingUnitCode(), VietnameseText.nfc(reason).strip(), dueOn, now);
            return save(nomination, returned, PendingEvent.of(EventCatalog.NOMINATION_RETURNED_V1, event));
        });
    }

    /** The dossier is still incomplete after its one return: rejected. */
    public Mono<Nomination> rejectAsIncomplete(String id, String reason, OptionalLong ifMatch, CurrentUser user) {
        return load(id, user, ifMatch).flatMap(nomination -> {
            nomination.requireTransition(NominationStatus.REJECTED, "từ chối");
            Nomination rejected = nomination.rejectAsIncomplete(VietnameseText.nfc(reason), Instant.now(clock),
                    user.id());
            return save(nomination, rejected, appraised(rejected, NominationAppraised.Outcome.REJECTED_INCOMPLETE,
                    List.of()));
        });
    }

    /** Thẩm định: the check again; eligible goes on (to a public notice if its award needs one), else rejected. */
    public Mono<Nomination> appraise(String id, OptionalLong ifMatch, CurrentUser user) {
        return load(id, user, ifMatch).flatMap(nomination -> {
            nomination.requireTransition(NominationStatus.READY_FOR_COUNCIL, "thẩm định");
            return Mono.zip(check(nomination), versionOf(nomination)).flatMap(t -> {
                List<Reason> reasons = t.getT1();
                boolean needsNotice = t.getT2().requiresPublicNotice();
                Nomination appraised = nomination.appraise(reasons, needsNotice, Instant.now(clock), user.id());
                NominationAppraised.Outcome outcome = !reasons.isEmpty()
                        ? NominationAppraised.Outcome.REJECTED_INELIGIBLE
                        : needsNotice ? NominationAppraised.Outcome.PASSED_TO_PUBLIC_NOTICE
                        : NominationAppraised.Outcome.PASSED_TO_COUNCIL;
                return save(nomination, appraised, appraised(appraised, outcome, reasons));
            });
        });
    }

    /** The eligibility check on demand, with the facts as they are now. */
    public Mono<List<Reason>> eligibility(String id, CurrentUser user) {
        return get(id, user).flatMap(this::check);
    }

    public Mono<Nomination> get(String id, CurrentUser user) {
        return documents.find(Collections.NOMINATIONS, id, Nomination.class)
                .filterWhen(nomination -> visible(nomination, user))
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("hồ sơ đề nghị khen thưởng", id)));
    }

    public record Filter(List<NominationStatus> statuses, String unitCode, String awardCode, Integer year,
                         String q) {
    }

    /**
     * Nominations by status, unit (with its sub-units), award and year, with a diacritic-insensitive search on names
     * and achievements; officers see their own units only.
     */
    public Mono<PageResult<Nomination>> list(Filter filter, int page, int size, CurrentUser user) {
        PageResult.requireValid(page, size);
        Mono<List<String>> units = filter.unitCode() == null ? Mono.just(List.of())
                : queries.subtree(filter.unitCode());
        return Mono.zip(access.scope(user), units).flatMap(t -> {
            var scope = t.getT1();
            var parts = new ArrayList<Criteria>();
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                parts.add(Criteria.where("status").in(filter.statuses()));
            }
            if (filter.unitCode() != null) {
                // The unit and its sub-units, as the local unit tree knows them.
                parts.add(new Criteria().orOperator(Criteria.where("proposingUnitCode").in(t.getT2()),
                        Criteria.where("subject.unitCode").in(t.getT2())));
            }
            if (filter.awardCode() != null) {
                parts.add(Criteria.where("awardCode").is(filter.awardCode()));
            }
            if (filter.year() != null) {
                parts.add(Criteria.where("year").is(filter.year()));
            }
            String folded = VietnameseText.fold(filter.q());
            if (!folded.isEmpty()) {
                parts.add(Queries.searchKeyContains(folded));
            }
            scope.ifPresent(codes -> parts.add(new Criteria().orOperator(
                    Criteria.where("proposingUnitCode").in(codes), Criteria.where("subject.unitCode").in(codes))));
            Criteria criteria = parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
            return queries.nominations(criteria, page, size);
        });
    }

    Mono<List<Reason>> check(Nomination nomination) {
        return Mono.zip(catalogue.catalogue(), versionOf(nomination)).flatMap(t -> {
            Catalogue all = t.getT1();
            AwardTypeVersion version = t.getT2();
            return facts.gather(nomination.subject(), nomination.awardCode(), version, nomination.year(),
                            nomination.referenceDate(), nomination.id())
                    .map(gathered -> Eligibility.check(nomination.awardCode(), version, nomination.timingType(),
                            gathered, all::nameOf));
        });
    }

    Mono<AwardTypeVersion> versionOf(Nomination nomination) {
        return catalogue.get(nomination.awardCode()).map(type -> type.versions().stream()
                .filter(v -> v.number() == nomination.awardVersion()).findFirst()
                .orElseGet(() -> versionOn(type, nomination.referenceDate())));
    }

    private Mono<List<String>> overlapping(Nomination nomination) {
        return queries.nominationsOf(nomination.subject().kind(), nomination.subject().id(), nomination.awardCode(),
                        nomination.year())
                .filter(nomination::overlaps).map(Nomination::id).collectList();
    }

    private Mono<Nomination> load(String id, CurrentUser user, OptionalLong ifMatch) {
        return get(id, user).flatMap(nomination -> ifMatch.isPresent() && ifMatch.getAsLong() != nomination.version()
                ? Mono.error(new PreconditionFailedException(id, nomination.version()))
                : Mono.just(nomination));
    }

    private Mono<Nomination> save(Nomination before, Nomination after, PendingEvent<?> event) {
        return documents.save(Collections.NOMINATIONS, before.id(), before.version(), after, List.of(event));
    }

    private static PendingEvent<NominationAppraised> appraised(Nomination n, NominationAppraised.Outcome outcome,
                                                             List<Reason> reasons) {
        Instant at = n.history().get(n.history().size() - 1).at();
        return PendingEvent.of(EventCatalog.NOMINATION_APPRAISED_V1, new NominationAppraised(n.id(), n.version(),
                n.provinceCode(), EventMapping.kind(n.subject().kind()), n.subject().id(), n.awardCode(), n.year(),
                outcome, reasons.stream().map(Reason::code).distinct().toList(), at));
    }

    private Mono<Boolean> visible(Nomination nomination, CurrentUser user) {
        return access.scope(user).map(scope -> scope.map(codes -> codes.contains(nomination.proposingUnitCode())
                || codes.contains(nomination.subject().unitCode())).orElse(true));
    }

    private Mono<Subject> subject(NewNomination input, CurrentUser user) {
        return switch (input.subjectKind()) {
            case INDIVIDUAL -> documents.find(Collections.PEOPLE, input.subjectId(), Person.class)
                    .switchIfEmpty(Mono.error(() -> NotFoundException.of("cá nhân", input.subjectId())))
                    .map(person -> new Subject(SubjectKind.INDIVIDUAL, person.id(), person.fullName(),
                            person.unitIn(input.year()).or(() -> person.memberships().stream()
                                    .map(Person.Membership::unitCode).reduce((a, b) -> b))
                                    .orElse(user.unitCode())));
            case COLLECTIVE -> queries.unit(input.subjectId())
                    .map(unit -> new Subject(SubjectKind.COLLECTIVE, unit.code(), unit.name(), unit.code()))
                    .switchIfEmpty(Mono.fromSupplier(() -> new Subject(SubjectKind.COLLECTIVE, input.subjectId(),
                            named(input), input.subjectId())));
            case HOUSEHOLD -> Mono.fromSupplier(() -> new Subject(SubjectKind.HOUSEHOLD,
                    input.subjectId() == null || input.subjectId().isBlank() ? UUID.randomUUID().toString()
                            : input.subjectId(), named(input),
                    input.subjectUnitCode() != null ? input.subjectUnitCode() : user.unitCode()));
        };
    }

    private static String named(NewNomination input) {
        String name = VietnameseText.nfc(input.displayName());
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("displayName", "Không được để trống.")));
        }
        return name.strip();
    }

    private static AwardTypeVersion versionOn(AwardType type, LocalDate date) {
        return type.versionOn(date).orElseThrow(() -> new BusinessRuleException("award-not-in-force", "\""
                + type.latest().name() + "\" không có quy định nào có hiệu lực vào ngày " + date + "."));
    }

    private static void requireFields(NewNomination input) {
        var problems = new ArrayList<FieldProblem>();
        Function<String, FieldProblem> blank = field -> new FieldProblem(field, "Không được để trống.");
        if (input.subjectKind() == null) {
            problems.add(blank.apply("subjectKind"));
        }
        if (input.subjectKind() != SubjectKind.HOUSEHOLD && (input.subjectId() == null || input.subjectId().isBlank())) {
            problems.add(blank.apply("subjectId"));
        }
        if (input.awardCode() == null || input.awardCode().isBlank()) {
            problems.add(blank.apply("awardCode"));
        }
        if (input.year() == null) {
            problems.add(blank.apply("year"));
        } else if (input.year() < 2000 || input.year() > 2100) {
            problems.add(new FieldProblem("year", "Năm phải từ 2000 đến 2100."));
        }
        if (input.timingType() == null) {
            problems.add(blank.apply("timingType"));
        }
        if (input.achievement() == null || input.achievement().isBlank()) {
            problems.add(blank.apply("achievement"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
