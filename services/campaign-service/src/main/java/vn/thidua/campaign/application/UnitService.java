package vn.thidua.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.campaign.domain.unit.UnitDefinition;
import vn.thidua.campaign.domain.unit.UnitTree;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.ConcurrentChangeException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.MalformedRequestException;

/** The use cases of the unit registry: upsert a unit, record a headcount, read the tree as of a day. */
@Service
public class UnitService {

    /** Who keeps the registry: the province's commendation office and administrators. */
    static final Role[] REGISTRARS = {Role.REVIEWER, Role.ADMIN};
    static final int MAX_HEADCOUNT = 1_000_000;

    private final UnitRepository units;
    private final Officers officers;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;

    public UnitService(UnitRepository units, Officers officers, Clock clock, WorkingDayCalendar calendar,
                       TenantProperties tenant) {
        this.units = units;
        this.officers = officers;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
    }

    /** A unit and what the API shows around it: its ancestors, its successors and its predecessors. */
    public record UnitDetails(Unit unit, List<Unit> ancestors, List<Unit> successors, List<Unit> predecessors) {
    }

    /** The outcome of an upsert: the stored unit and whether it was created by this request. */
    public record Upserted(Unit unit, boolean created) {
    }

    /**
     * Creates the unit, or replaces its definition. Creating with an {@code If-Match} naming a version is a
     * client that believes the unit exists: 412. Replacing without one uses the version just read, so a
     * concurrent change still answers 409 rather than being overwritten.
     */
    public Mono<Upserted> upsert(String code, UnitDefinition definition, OptionalLong ifMatch, CurrentUser user) {
        requireCode(code);
        requireRegistrar(user);
        UnitDefinition clean = definition.normalised(code);
        Instant now = Instant.now(clock);
        return parentOf(clean).flatMap(parent -> requireSuccessors(clean).then(units.findByCode(code)
                .flatMap(existing -> {
                    requireVersion(code, existing, ifMatch);
                    return units.hasSubUnits(code)
                            .map(hasSubUnits -> existing.redefine(clean, parent.orElse(null), hasSubUnits, now,
                                    user.id()))
                            .flatMap(changed -> update(changed, existing.version()))
                            .flatMap(unit -> announceSuccessors(existing.successorCodes(), unit, user))
                            .map(unit -> new Upserted(unit, false));
                })
                .switchIfEmpty(Mono.defer(() -> {
                    if (ifMatch.isPresent()) {
                        return Mono.error(new PreconditionFailedException(code, 0));
                    }
                    return insert(Unit.create(code, tenant.provinceCode(), clean, parent.orElse(null), now,
                            user.id()))
                            .flatMap(unit -> announceSuccessors(List.of(), unit, user))
                            .map(unit -> new Upserted(unit, true));
                }))));
    }

    /** Records the unit's headcount of a year. Its own officers may do so, as well as the registrars. */
    public Mono<Unit> setHeadcount(String code, int year, Integer members, OptionalLong ifMatch,
                                   CurrentUser user) {
        if (members == null || members < 0 || members > MAX_HEADCOUNT) {
            throw new InvalidInputException(List.of(new FieldProblem("members",
                    "Phải là số nguyên từ 0 đến " + MAX_HEADCOUNT + ".")));
        }
        if (year < 1945 || year > calendar.today().getYear() + 1) {
            throw new MalformedRequestException("Năm không hợp lệ.",
                    new FieldProblem("year", "Phải từ 1945 đến " + (calendar.today().getYear() + 1) + "."));
        }
        return found(code)
                .flatMap(unit -> officers.requireActsFor(user, code, "khai báo số lao động").thenReturn(unit))
                .flatMap(unit -> {
                    requireVersion(code, unit, ifMatch);
                    return update(unit.withHeadcount(year, members, Instant.now(clock), user.id()),
                            unit.version());
                });
    }

    public Mono<UnitDetails> get(String code) {
        return found(code).flatMap(unit -> Mono.zip(
                ordered(unit.path()),
                ordered(unit.successorCodes()),
                units.findPredecessorsOf(code).collectList())
                .map(around -> new UnitDetails(unit, around.getT1(), around.getT2(), around.getT3())));
    }

    /** The tree as it stood on {@code asOf} (today in Vietnam when absent). */
    public Mono<List<UnitTree.Node>> tree(LocalDate asOf) {
        LocalDate day = asOf == null ? calendar.today() : asOf;
        return units.findAll().collectList().map(all -> UnitTree.asOf(all, day));
    }

    /**
     * Units valid on {@code asOf} whose name (without diacritics: "phuong tien" finds "Phượng Tiến") or code
     * contains every word of {@code text}, by code.
     */
    public Mono<List<Unit>> search(String text, LocalDate asOf) {
        String folded = VietnameseText.fold(text);
        if (folded.isEmpty()) {
            return Mono.just(List.of());
        }
        LocalDate day = asOf == null ? calendar.today() : asOf;
        return units.search(List.of(folded.split(" "))).filter(unit -> unit.validOn(day)).collectList();
    }

    public LocalDate today() {
        return calendar.today();
    }

    private Mono<Unit> insert(Unit unit) {
        return upsertedEvent(unit).flatMap(event -> units.insert(unit, event));
    }

    private Mono<Unit> update(Unit changed, long expectedVersion) {
        return upsertedEvent(changed).flatMap(event -> units.update(changed, expectedVersion, event));
    }

    /** The unit's event, with the names of its ancestors and the codes of its predecessors as the registry has them. */
    private Mono<UnitUpserted> upsertedEvent(Unit unit) {
        return Mono.zip(ordered(unit.path()), units.findPredecessorsOf(unit.code()).map(Unit::code).collectList())
                .map(found -> unit.upserted(found.getT1(), found.getT2()));
    }

    /**
     * A unit's predecessors are part of its event, so when a unit names new successors (or drops some), each of
     * those is announced again at its next version. Done after the unit's own write: a crash in between leaves a
     * successor's copies without the new predecessor until its next change, which the consumers can also derive
     * from the predecessor's own successorCodes.
     */
    private Mono<Unit> announceSuccessors(List<String> before, Unit unit, CurrentUser user) {
        var changed = new LinkedHashSet<>(unit.successorCodes());
        changed.addAll(before);
        changed.removeIf(code -> before.contains(code) && unit.successorCodes().contains(code));
        return Flux.fromIterable(changed)
                .concatMap(code -> units.findByCode(code)
                        .flatMap(successor -> update(successor.touched(Instant.now(clock), user.id()),
                                successor.version()))
                        .retryWhen(Retry.max(3).filter(ConcurrentChangeException.class::isInstance)))
                .then(Mono.just(unit));
    }

    /** The units named by {@code codes}, in that order, skipping codes the registry does not know. */
    private Mono<List<Unit>> ordered(List<String> codes) {
        if (codes.isEmpty()) {
            return Mono.just(List.of());
        }
        return units.findByCodes(codes).collectMap(Unit::code)
                .map(byCode -> codes.stream().filter(byCode::containsKey).map(byCode::get).toList());
    }

    private Mono<Optional<Unit>> parentOf(UnitDefinition definition) {
        if (definition.parentCode() == null) {
            return Mono.just(Optional.empty());
        }
        return units.findByCode(definition.parentCode()).map(Optional::of)
                .switchIfEmpty(Mono.error(() -> new BusinessRuleException("unknown-parent-unit",
                        "Không tìm thấy đơn vị cấp trên có mã \"" + definition.parentCode() + "\".",
                        Map.of("parentCode", definition.parentCode()))));
    }

    private Mono<Void> requireSuccessors(UnitDefinition definition) {
        if (definition.successorCodes().isEmpty()) {
            return Mono.empty();
        }
        return units.findByCodes(definition.successorCodes()).map(Unit::code).collect(Collectors.toSet())
                .flatMap(known -> {
                    var unknown = definition.successorCodes().stream().filter(c -> !known.contains(c)).toList();
                    return unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new BusinessRuleException(
                            "unknown-successor-unit", "Chưa có đơn vị kế thừa với mã " + String.join(", ", unknown)
                            + ". Hãy khai báo đơn vị kế thừa trước.", Map.of("successorCodes", unknown)));
                });
    }

    private Mono<Unit> found(String code) {
        return units.findByCode(code).switchIfEmpty(Mono.error(() -> NotFoundException.of("đơn vị", code)));
    }

    private static void requireVersion(String code, Unit unit, OptionalLong ifMatch) {
        if (ifMatch.isPresent() && ifMatch.getAsLong() != unit.version()) {
            throw new PreconditionFailedException(code, unit.version());
        }
    }

    private static void requireRegistrar(CurrentUser user) {
        if (user == null || !user.has(REGISTRARS)) {
            throw new AccessDeniedException("Chỉ Ban Thi đua – Khen thưởng và quản trị hệ thống được khai báo đơn vị.");
        }
    }

    static void requireCode(String code) {
        if (!UnitDefinition.isCode(code)) {
            throw new MalformedRequestException("Mã đơn vị không hợp lệ.", new FieldProblem("code",
                    "Mã đơn vị chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, tối đa 64 ký tự."));
        }
    }
}
