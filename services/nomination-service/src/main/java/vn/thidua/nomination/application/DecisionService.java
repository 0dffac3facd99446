package vn.thidua.nomination.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.nomination.domain.Award;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.Decision;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.PublicNotice;
import vn.thidua.nomination.domain.Unit;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.AlreadyExistsException;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/**
 * Commendation decisions: issued on nominees the council approved, refused while a public notice window is open or
 * an objection is unresolved; each grant becomes an entry of the award registry.
 */
@Service
public class DecisionService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;
    private final DecisionMetrics metrics;

    DecisionService(AggregateDocuments documents, Queries queries, CatalogueService catalogue, Clock clock,
                    WorkingDayCalendar calendar, TenantProperties tenant, DecisionMetrics metrics) {
        this.documents = documents;
        this.queries = queries;
        this.catalogue = catalogue;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
        this.metrics = metrics;
    }

    /** One line of the list to issue: a nomination the council approved, with its prize money in đồng. */
    public record GrantLine(String nominationId, Long prizeAmount) {
    }

    /**
     * @param issuerName needed only when the issuing unit is not known locally (its name on the date is used)
     */
    public record NewDecision(String number, LocalDate signedOn, String issuerUnitCode, String issuerName,
                              String signerName, String signerTitle, List<String> legalGrounds, String reason,
                              List<GrantLine> grants) {
    }

    public Mono<Decision> issue(NewDecision input, CurrentUser user) {
        requireFields(input);
        List<String> ids = input.grants().stream().map(GrantLine::nominationId).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            return Mono.error(new InvalidInputException(List.of(new FieldProblem("grants",
                    "Một hồ sơ đề nghị chỉ được ghi một lần trong danh sách."))));
        }
        LocalDate today = calendar.today();
        return Mono.zip(queries.nominationsByIds(ids).collectMap(Nomination::id), catalogue.catalogue(),
                        issuer(input)).flatMap(t -> {
                    Map<String, Nomination> byId = t.getT1();
                    for (String id : ids) {
                        if (!byId.containsKey(id)) {
                            return Mono.error(NotFoundException.of("hồ sơ đề nghị khen thưởng", id));
                        }
                        CouncilService.requireApproved(byId.get(id));
                    }
                    return noticesOf(byId.values()).flatMap(notices -> {
                        for (Nomination n : byId.values()) {
                            if (n.publicNoticeId() != null) {
                                NoticeService.requireDecidable(n, notices.get(n.publicNoticeId()), today);
                            }
                        }
                        return record(input, ids, byId, t.getT2(), t.getT3(), user);
                    });
                });
    }

    private Mono<Decision> record(NewDecision input, List<String> ids, Map<String, Nomination> byId,
                                  Catalogue all, String issuerName, CurrentUser user) {
        Instant now = Instant.now(clock);
        String decisionId = UUID.randomUUID().toString();
        Map<String, Long> prizes = input.grants().stream().collect(Collectors.toMap(GrantLine::nominationId,
                g -> g.prizeAmount() == null ? 0L : g.prizeAmount()));
        List<Decision.Grant> grants = ids.stream().map(byId::get).map(n -> {
            AwardTypeVersion version = all.get(n.awardCode()).versions().stream()
                    .filter(v -> v.number() == n.awardVersion()).findFirst().orElseThrow();
            return new Decision.Grant(n.id(), awardIdFor(decisionId, n.id()), n.subject().kind(), n.subject().id(),
                    n.subject().displayName(), n.subject().unitCode(), n.awardCode(), version.name(), version.level(),
                    version.category(), n.year(), n.timingType(), prizes.get(n.id()));
        }).toList();
        var decision = new Decision(decisionId, tenant.provinceCode(), input.number().strip(), input.signedOn(),
                input.issuerUnitCode(), issuerName, VietnameseText.nfc(input.signerName()),
                VietnameseText.nfc(input.signerTitle()).strip(),
                input.legalGrounds().stream().map(VietnameseText::nfc).map(String::strip).toList(),
                VietnameseText.nfc(input.reason()).strip(), grants, now, user.id(), 1);
        return queries.unitNames(grants.stream().map(Decision.Grant::unitCode).toList()).flatMap(unitNames -> {
            var event = new DecisionIssued(decisionId, 1, decision.provinceCode(), decision.number(),
                    decision.signedOn(), new UnitRef(decision.issuerUnitCode(), issuerName), decision.signerTitle(),
                    blankToNull(decision.signerName()), decision.legalGrounds(), decision.reason(),
                    grants.stream().map(g -> new vn.thidua.contracts.events.nomination.Grant(g.awardId(),
                            g.nominationId(), EventMapping.kind(g.subjectKind()), g.subjectId(), g.displayName(),
                            new UnitRef(g.unitCode(), unitNames.getOrDefault(g.unitCode(), g.unitCode())),
                            g.awardCode(), g.awardName(), EventMapping.level(g.level()), g.year(),
                            EventMapping.timing(g.timingType()), null,
                            g.prizeAmount() == 0 ? null : BigDecimal.valueOf(g.prizeAmount()))).toList(),
                    now);
            // The number is unique per province (an index): a second decision with it is a 409 and writes nothing.
            return documents.create(Collections.DECISIONS, decision,
                            List.of(PendingEvent.of(EventCatalog.DECISION_ISSUED_V1, event)))
                    .flatMap(created -> Flux.fromIterable(grants)
                            .concatMap(g -> registerGrant(created, g, user))
                            .thenMany(Flux.fromIterable(ids).map(byId::get))
                            .concatMap(n -> documents.save(Collections.NOMINATIONS, n.id(), n.version(),
                                    n.granted(decisionId, now, user.id()), List.of()))
                            .then(Mono.just(created)))
                    .doOnNext(metrics::issued);
        });
    }

    /** The registry entry of one grant; its id follows from the decision and the nomination, so a retry finds it. */
    private Mono<Award> registerGrant(Decision decision, Decision.Grant grant, CurrentUser user) {
        var award = new Award(grant.awardId(), decision.provinceCode(), grant.subjectKind(), grant.subjectId(),
                grant.displayName(), grant.unitCode(), grant.awardCode(), grant.awardName(), grant.level(),
                grant.category(), grant.year(), grant.timingType(), decision.id(), decision.number(),
                decision.signedOn(), decision.issuerName(), grant.prizeAmount(), null, decision.issuedAt(), user.id(),
                1);
        return documents.create(Collections.AWARDS, award, List.of())
                .onErrorResume(AlreadyExistsException.class, e -> Mono.just(award));
    }

    static String awardIdFor(String decisionId, String nominationId) {
        return UUID.nameUUIDFromBytes((decisionId + "/" + nominationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The issuing unit's name on the signing date, from the local unit copy; a unit gone by then cannot issue. */
    private Mono<String> issuer(NewDecision input) {
        return queries.unit(input.issuerUnitCode()).map(unit -> nameOn(unit, input.signedOn()))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    String name = VietnameseText.nfc(input.issuerName());
                    if (name == null || name.isBlank()) {
                        throw new InvalidInputException(List.of(new FieldProblem("issuerName",
                                "Đơn vị \"" + input.issuerUnitCode() + "\" chưa có trong danh mục; phải ghi tên cơ quan ban hành.")));
                    }
                    return name.strip();
                }));
    }

    private static String nameOn(Unit unit, LocalDate date) {
        if (!unit.validOn(date)) {
            throw new BusinessRuleException("issuer-not-valid", "Đơn vị \"" + unit.name()
                    + "\" không tồn tại vào ngày " + date + "; quyết định phải do đơn vị có thẩm quyền tại ngày ký ban hành.");
        }
        return unit.name();
    }

    private Mono<Map<String, PublicNotice>> noticesOf(java.util.Collection<Nomination> nominations) {
        return Flux.fromIterable(nominations).filter(n -> n.publicNoticeId() != null).map(Nomination::publicNoticeId)
                .distinct()
                .flatMap(id -> documents.find(Collections.PUBLIC_NOTICES, id, PublicNotice.class))
                .collectMap(PublicNotice::id, Function.identity());
    }

    public Mono<Decision> get(String id) {
        return documents.find(Collections.DECISIONS, id, Decision.class)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("quyết định khen thưởng", id)));
    }

    public Mono<PageResult<Decision>> list(Integer year, int page, int size) {
        PageResult.requireValid(page, size);
        Criteria filter = year == null ? new Criteria() : Criteria.where("signedOn")
                .gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31));
        return queries.page(Collections.DECISIONS, Decision.class, filter,
                Sort.by(Sort.Order.desc("signedOn"), Sort.Order.asc("_id")), page, size);
    }

    /** The decision's list as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the diacritics). */
    public Mono<String> csv(String id) {
        return get(id).map(decision -> {
            var out = new StringBuilder("\uFEFFSTT,Họ tên / Tập thể,Đơn vị,Danh hiệu / Hình thức,Năm,Loại khen thưởng,"
                    + "Tiền thưởng (đồng)\r\n");
            int line = 1;
            for (Decision.Grant g : decision.grants()) {
                out.append(line++).append(',').append(cell(g.displayName())).append(',').append(cell(g.unitCode()))
                        .append(',').append(cell(g.awardName())).append(',').append(g.year()).append(',')
                        .append(cell(g.timingType().label())).append(',').append(g.prizeAmount()).append("\r\n");
            }
            return out.toString();
        });
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireFields(NewDecision input) {
        var problems = new ArrayList<FieldProblem>();
        if (input.number() == null || !input.number().strip().matches("\\d+/[\\p{L}Đđ0-9-]+(-[\\p{L}0-9]+)*")) {
            problems.add(new FieldProblem("number", "Số quyết định phải có dạng \"163/QĐ-UBND\"."));
        }
        if (input.signedOn() == null) {
            problems.add(new FieldProblem("signedOn", "Không được để trống."));
        }
        if (input.issuerUnitCode() == null || input.issuerUnitCode().isBlank()) {
            problems.add(new FieldProblem("issuerUnitCode", "Không được để trống."));
        }
        if (input.signerTitle() == null || input.signerTitle().isBlank()) {
            problems.add(new FieldProblem("signerTitle", "Không được để trống."));
        }
        if (input.legalGrounds() == null || input.legalGrounds().isEmpty()
                || input.legalGrounds().stream().anyMatch(g -> g == null || g.isBlank())) {
            problems.add(new FieldProblem("legalGrounds", "Phải ghi ít nhất một căn cứ pháp lý."));
        }
        if (input.reason() == null || input.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Không được để trống."));
        }
        if (input.grants() == null || input.grants().isEmpty()) {
            problems.add(new FieldProblem("grants", "Danh sách khen thưởng không được để trống."));
        } else if (input.grants().stream().anyMatch(g -> g.prizeAmount() != null && g.prizeAmount() < 0)) {
            problems.add(new FieldProblem("grants", "Tiền thưởng không được âm."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
