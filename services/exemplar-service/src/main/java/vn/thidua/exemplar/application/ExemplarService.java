package vn.thidua.exemplar.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.exemplar.domain.Adoption;
import vn.thidua.exemplar.domain.ArticleLink;
import vn.thidua.exemplar.domain.Change;
import vn.thidua.exemplar.domain.Diffusion;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarProposal;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.exemplar.domain.Milestone;
import vn.thidua.exemplar.domain.Recognition;
import vn.thidua.exemplar.domain.Subject;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.PageResult;

/**
 * The use cases of exemplars: propose, foster, recognise, record adoptions, archive, and read them. Who may do what
 * is checked here against the exemplar itself (an officer acts for its own unit and sub-units only).
 */
@Service
public class ExemplarService {

    private final ExemplarRepository exemplars;
    private final UnitTree units;
    private final ArticleLinks articles;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ExemplarProperties properties;
    private final ExemplarMetrics metrics;

    public ExemplarService(ExemplarRepository exemplars, UnitTree units, ArticleLinks articles,
                           WorkingDayCalendar calendar, Clock clock, ExemplarProperties properties,
                           ExemplarMetrics metrics) {
        this.exemplars = exemplars;
        this.units = units;
        this.articles = articles;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** The caller with the units it answers for. */
    public Mono<Viewer> viewer(CurrentUser user) {
        if (user == null) {
            return Mono.just(Viewer.ANONYMOUS);
        }
        if (user.unitCode() == null || user.unitCode().isBlank()) {
            return Mono.just(new Viewer(user, Set.of()));
        }
        return units.withSubUnits(user.unitCode()).map(own -> new Viewer(user, own));
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** A unit officer proposes an exemplar of its own unit (or a sub-unit); the office proposes any. */
    public Mono<Exemplar> propose(ExemplarProposal proposal, Viewer viewer) {
        return Mono.defer(() -> {
            ExemplarProposal clean = proposal.normalised(today());
            if (!viewer.actsFor(clean.subject().unitCode())) {
                return Mono.error(new AccessDeniedException("Not an officer of the subject's unit"));
            }
            var subject = new Subject(clean.subject().kind(), clean.subject().name(), clean.subject().unitCode(),
                    clean.subject().unitName(), null);
            Change discovery = Exemplar.discover(UUID.randomUUID().toString(), properties.provinceCode(),
                    clean.title(), subject, clean.field(), clean.story(), clean.evidence(), clean.source(),
                    clean.discoveredOn(), List.of(), List.of(), clean.campaignIds(), Instant.now(clock),
                    viewer.user().id());
            return exemplars.create(discovery).doOnNext(created -> metrics.transition(discovery));
        });
    }

    public Mono<Exemplar> updateProfile(String id, Requests.Profile request, OptionalLong ifMatch, Viewer viewer) {
        Requests.Profile clean = request.normalised();
        return load(id, ifMatch, viewer, true).flatMap(e -> exemplars.saveProfile(
                e.correctProfile(clean.title(), clean.field(), clean.story(), clean.evidence()), e.version()));
    }

    public Mono<Exemplar> startFostering(String id, Requests.Fostering request, OptionalLong ifMatch, Viewer viewer) {
        Requests.Fostering clean = request.normalised();
        return command(id, ifMatch, viewer, e -> e.startFostering(clean.responsibleUnitCode(),
                clean.supportActions(), clean.milestones().stream()
                        .map(m -> new Milestone(UUID.randomUUID().toString(), m.title(), m.dueOn(), null, null))
                        .toList(), today(), viewer.user().id()));
    }

    public Mono<Exemplar> reachMilestone(String id, String milestoneId, Requests.MilestoneReport request,
                                         OptionalLong ifMatch, Viewer viewer) {
        Requests.MilestoneReport clean = request.normalised(today());
        return command(id, ifMatch, viewer, e -> e.reachMilestone(milestoneId, clean.reachedOn(), clean.outcome(),
                today()));
    }

    public Mono<Exemplar> recognise(String id, Requests.Recognition request, OptionalLong ifMatch, Viewer viewer) {
        Requests.Recognition clean = request.normalised(today());
        return command(id, ifMatch, viewer, e -> e.recognise(new Recognition(clean.basis(), clean.reference(),
                clean.decisionId(), clean.campaignId(), clean.recognisedOn(), clean.note(), viewer.user().id()),
                today(), Instant.now(clock)));
    }

    /** An officer records an adoption by its own unit (or a sub-unit); the office records any. */
    public Mono<Exemplar> adopt(String id, Requests.Adoption request, OptionalLong ifMatch, Viewer viewer) {
        Requests.Adoption clean = request.normalised(today());
        if (!viewer.actsFor(clean.unitCode())) {
            return Mono.error(new AccessDeniedException("Not an officer of the adopting unit"));
        }
        return find(id, viewer).flatMap(e -> checkVersion(e, ifMatch)).flatMap(e -> {
            var adoption = new Adoption(UUID.randomUUID().toString(), clean.unitCode(), clean.unitName(),
                    clean.adoptedOn(), clean.scale(), clean.outcome(), viewer.user().id(), Instant.now(clock));
            Change change = e.adopt(adoption, today());
            return exemplars.save(change, e.version()).doOnNext(saved -> metrics.transition(change));
        });
    }

    /** The adopting unit's officer (or the office) reports what the adoption has brought. */
    public Mono<Exemplar> reportAdoptionOutcome(String id, String adoptionId, Requests.AdoptionOutcome request,
                                                OptionalLong ifMatch, Viewer viewer) {
        Requests.AdoptionOutcome clean = request.normalised();
        return find(id, viewer).flatMap(e -> checkVersion(e, ifMatch)).flatMap(e -> {
            if (!viewer.actsFor(e.adoption(adoptionId).unitCode())) {
                return Mono.error(new AccessDeniedException("Not an officer of the adopting unit"));
            }
            return exemplars.save(e.reportAdoptionOutcome(adoptionId, clean.scale(), clean.outcome()), e.version());
        });
    }

    public Mono<Exemplar> archive(String id, Requests.Archive request, OptionalLong ifMatch, Viewer viewer) {
        Requests.Archive clean = request.normalised();
        return command(id, ifMatch, viewer, e -> e.archive(clean.reason(), today()));
    }

    /** The exemplar if the viewer may see it; a hidden one answers 404 like a missing one. */
    public Mono<Exemplar> get(String id, Viewer viewer) {
        return find(id, viewer);
    }

    public Mono<List<ArticleLink>> articlesAbout(String id) {
        return articles.publishedAbout(id);
    }

    /** How far and how fast the model spread, by the local unit tree. */
    public Mono<Diffusion> diffusion(String id, Viewer viewer) {
        return find(id, viewer).flatMap(e -> {
            var codes = new HashSet<String>();
            e.adoptions().forEach(a -> codes.add(a.unitCode()));
            return units.find(codes).flatMap(known -> {
                var ancestors = new HashSet<String>();
                known.values().forEach(u -> ancestors.addAll(u.ancestors()));
                return units.find(ancestors).map(above -> {
                    var all = new HashMap<>(above);
                    all.putAll(known);
                    return Diffusion.of(e, all::get);
                });
            });
        });
    }

    /**
     * Exemplars by status, field, unit (with sub-units), text and overdue milestones. The public and officers of
     * other units see recognised and replicating exemplars only; an officer sees its own units' in every status.
     */
    public Mono<PageResult<Exemplar>> list(Set<ExemplarStatus> requested, ExemplarField field, String unit,
                                           String text, boolean overdue, Boolean needsReview, Integer year,
                                           int page, int size, Viewer viewer) {
        return list(requested, field, unit, text, overdue, needsReview, year, page, size, viewer,
                ExemplarQuery.Order.DISCOVERED);
    }

    /** The honour board: recognised and replicating exemplars, newest recognitions first, in public view. */
    public Mono<PageResult<Exemplar>> honourBoard(ExemplarField field, String unit, String text, Integer year,
                                                  int page, int size) {
        return list(EnumSet.of(ExemplarStatus.RECOGNISED, ExemplarStatus.REPLICATING), field, unit, text, false,
                null, year, page, size, Viewer.ANONYMOUS, ExemplarQuery.Order.RECOGNISED);
    }

    private Mono<PageResult<Exemplar>> list(Set<ExemplarStatus> requested, ExemplarField field, String unit,
                                            String text, boolean overdue, Boolean needsReview, Integer year,
                                            int page, int size, Viewer viewer, ExemplarQuery.Order order) {
        PageResult.requireValid(page, size);
        Set<ExemplarStatus> wanted = requested.isEmpty() ? EnumSet.allOf(ExemplarStatus.class)
                : EnumSet.copyOf(requested);
        Set<ExemplarStatus> publicOnes = EnumSet.copyOf(wanted);
        publicOnes.removeIf(status -> !status.isPublic());
        Mono<Set<String>> unitFilter = unit == null || unit.isBlank() ? Mono.just(Set.<String>of())
                : units.withSubUnits(unit.strip());
        return unitFilter.flatMap(subjectUnits -> {
            var everywhere = viewer.readsEverything() ? wanted : publicOnes;
            Set<String> ownUnits = !viewer.readsEverything() && viewer.isOfficer() ? viewer.ownUnits() : null;
            if (everywhere.isEmpty() && ownUnits == null) {
                return Mono.just(new PageResult<Exemplar>(List.of(), page, size, 0));
            }
            return exemplars.find(new ExemplarQuery(everywhere, field, nullIfEmpty(subjectUnits),
                    VietnameseText.fold(text), overdue ? today() : null, needsReview, year, ownUnits, wanted, order),
                    page, size);
        });
    }

    private static Set<String> nullIfEmpty(Set<String> units) {
        return units.isEmpty() ? null : units;
    }

    private Mono<Exemplar> find(String id, Viewer viewer) {
        return exemplars.findById(id)
                .filter(viewer::sees)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("điển hình", id)));
    }

    /** Loads for a command of the commendation office, checking {@code If-Match}. */
    private Mono<Exemplar> load(String id, OptionalLong ifMatch, Viewer viewer, boolean officerMayCorrect) {
        return find(id, viewer).flatMap(e -> {
            boolean allowed = viewer.managesExemplars()
                    || (officerMayCorrect && viewer.actsFor(e.subject().unitCode()));
            if (!allowed) {
                return Mono.error(new AccessDeniedException("Only the commendation office manages exemplars"));
            }
            return checkVersion(e, ifMatch);
        });
    }

    private static Mono<Exemplar> checkVersion(Exemplar e, OptionalLong ifMatch) {
        if (ifMatch.isPresent() && ifMatch.getAsLong() != e.version()) {
            return Mono.error(new PreconditionFailedException(e.id(), e.version()));
        }
        return Mono.just(e);
    }

    /**
     * Runs a command of the commendation office on the version just read (or named by {@code If-Match}): a
     * concurrent change answers 409 and nothing is applied twice.
     */
    private Mono<Exemplar> command(String id, OptionalLong ifMatch, Viewer viewer, Function<Exemplar, Change> step) {
        return load(id, ifMatch, viewer, false)
                .flatMap(e -> Mono.fromCallable(() -> step.apply(e))
                        .flatMap(change -> exemplars.save(change, e.version())
                                .doOnNext(saved -> metrics.transition(change))));
    }
}
