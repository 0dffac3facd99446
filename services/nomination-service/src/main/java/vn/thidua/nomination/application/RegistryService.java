package vn.thidua.nomination.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.nomination.domain.Award;
import vn.thidua.nomination.domain.AwardCategory;
import vn.thidua.nomination.domain.AwardLevel;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.RevocationGround;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.nomination.domain.TimingType;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/** The award registry: history per person and unit, awards recorded from earlier paper decisions, revocations. */
@Service
public class RegistryService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final CatalogueService catalogue;
    private final Access access;
    private final Clock clock;
    private final TenantProperties tenant;

    RegistryService(AggregateDocuments documents, Queries queries, CatalogueService catalogue, Access access,
                    Clock clock, TenantProperties tenant) {
        this.documents = documents;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
        this.tenant = tenant;
    }

    /** An award granted before this service existed, as its paper decision records it. */
    public record PastAward(SubjectKind subjectKind, String subjectId, String displayName, String unitCode,
                            String awardCode, Integer year, TimingType timingType, String decisionNumber,
                            LocalDate decidedOn, String issuerName, Long prizeAmount) {
    }

    public Mono<Award> recordPast(PastAward input, CurrentUser user) {
        var problems = new ArrayList<FieldProblem>();
        for (var field : Map.of("subjectKind", String.valueOf(input.subjectKind()), "subjectId",
                String.valueOf(input.subjectId()), "displayName", String.valueOf(input.displayName()), "unitCode",
                String.valueOf(input.unitCode()), "awardCode", String.valueOf(input.awardCode()), "year",
                String.valueOf(input.year()), "timingType", String.valueOf(input.timingType()), "decisionNumber",
                String.valueOf(input.decisionNumber()), "decidedOn", String.valueOf(input.decidedOn())).entrySet()) {
            if (field.getValue().equals("null") || field.getValue().isBlank()) {
                problems.add(new FieldProblem(field.getKey(), "Không được để trống."));
            }
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparing(FieldProblem::field)).toList()));
        }
        return catalogue.get(input.awardCode()).flatMap(type -> {
            AwardTypeVersion version = type.versionOn(input.decidedOn()).orElse(type.latest());
            // A paper decision has no id of ours: one follows from its number, so its awards share it.
            String decisionId = UUID.nameUUIDFromBytes((tenant.provinceCode() + "/" + input.decisionNumber().strip())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            var award = new Award(UUID.randomUUID().toString(), tenant.provinceCode(), input.subjectKind(),
                    input.subjectId(), VietnameseText.nfc(input.displayName()).strip(), input.unitCode(),
                    type.code(), version.name(), version.level(), version.category(), input.year(),
                    input.timingType(), decisionId, input.decisionNumber().strip(), input.decidedOn(),
                    VietnameseText.nfc(input.issuerName()), input.prizeAmount() == null ? 0 : input.prizeAmount(),
                    null, Instant.now(clock), user.id(), 1);
            return documents.create(Collections.AWARDS, award, List.of());
        });
    }

    public record Revoke(RevocationGround ground, String decisionNumber, LocalDate revokedOn,
                         Boolean objectRecovered, Long moneyRecovered, String recovery) {
    }

    /** Thu hồi: on one of the four legal grounds, with what was recovered; the award stops counting at once. */
    public Mono<Award> revoke(String awardId, Revoke input, CurrentUser user) {
        if (input.ground() == null || input.revokedOn() == null) {
            var problems = new ArrayList<FieldProblem>();
            if (input.ground() == null) {
                problems.add(new FieldProblem("ground", "Phải chọn một trong bốn căn cứ hủy bỏ khen thưởng."));
            }
            if (input.revokedOn() == null) {
                problems.add(new FieldProblem("revokedOn", "Không được để trống."));
            }
            return Mono.error(new InvalidInputException(problems));
        }
        return get(awardId).flatMap(award -> {
            Instant now = Instant.now(clock);
            Award revoked = award.revoke(new Award.Revocation(input.ground(), blank(input.decisionNumber()),
                    input.revokedOn(), Boolean.TRUE.equals(input.objectRecovered()), input.moneyRecovered() == null ? 0
                    : input.moneyRecovered(), VietnameseText.nfc(blank(input.recovery())), now, user.id()));
            if (award.decisionId() == null) {
                throw new BusinessRuleException("award-without-decision", "Khen thưởng chưa gắn với quyết định nào.");
            }
            return queries.unitNames(List.of(award.unitCode())).flatMap(names -> {
                var event = new AwardRevoked(award.id(), revoked.version(), award.provinceCode(), award.decisionId(),
                        award.decisionNumber(), EventMapping.kind(award.subjectKind()), award.subjectId(),
                        new UnitRef(award.unitCode(), names.getOrDefault(award.unitCode(), award.unitCode())),
                        award.awardCode(), award.year(), EventMapping.ground(input.ground()), input.revokedOn(),
                        blank(input.decisionNumber()),
                        award.prizeAmount() == 0 ? null : BigDecimal.valueOf(award.prizeAmount()), now);
                return documents.save(Collections.AWARDS, award.id(), award.version(), revoked,
                        List.of(PendingEvent.of(EventCatalog.AWARD_REVOKED_V1, event)));
            });
        });
    }

    public Mono<Award> get(String id) {
        return documents.find(Collections.AWARDS, id, Award.class)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("khen thưởng", id)));
    }

    /** The registry by subject, unit (and its sub-units) or year; officers see their own units only. */
    public Mono<PageResult<Award>> list(SubjectKind kind, String subjectId, String unitCode, Integer year, int page,
                                        int size, CurrentUser user) {
        PageResult.requireValid(page, size);
        return Mono.zip(access.scope(user), unitCode == null ? Mono.just(List.<String>of())
                : queries.subtree(unitCode)).flatMap(t -> {
            var parts = new ArrayList<Criteria>();
            if (kind != null) {
                parts.add(Criteria.where("subjectKind").is(kind));
            }
            if (subjectId != null) {
                parts.add(Criteria.where("subjectId").is(subjectId));
            }
            if (unitCode != null) {
                parts.add(Criteria.where("unitCode").in(t.getT2()));
            }
            if (year != null) {
                parts.add(Criteria.where("year").is(year));
            }
            t.getT1().ifPresent(codes -> parts.add(Criteria.where("unitCode").in(codes)));
            return queries.awards(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts), page, size);
        });
    }

    /** One row of the statistics: how many standing awards of a form, at a level, in a year. */
    public record StatisticsRow(int year, AwardLevel level, AwardCategory category, String awardCode, String awardName,
                                long count) {
    }

    /** Standing awards of a unit and its sub-units by year, level and form; revoked awards are not counted. */
    public Mono<List<StatisticsRow>> statistics(String unitCode, int fromYear, int toYear, CurrentUser user) {
        if (toYear < fromYear) {
            return Mono.error(new InvalidInputException(List.of(new FieldProblem("toYear",
                    "Năm kết thúc không được trước năm bắt đầu."))));
        }
        return access.covers(user, unitCode).flatMap(ok -> ok ? queries.subtree(unitCode)
                        : Mono.error(NotFoundException.of("đơn vị", unitCode)))
                .flatMap(codes -> queries.awardsIn(codes, fromYear, toYear).filter(a -> !a.revoked()).collectList())
                .map(awards -> {
                    Map<String, StatisticsRow> rows = new TreeMap<>();
                    for (Award a : awards) {
                        String key = a.year() + "|" + a.level().ordinal() + "|" + a.awardCode();
                        StatisticsRow row = rows.get(key);
                        rows.put(key, new StatisticsRow(a.year(), a.level(), a.category(), a.awardCode(),
                                a.awardName(), row == null ? 1 : row.count() + 1));
                    }
                    return List.copyOf(rows.values());
                });
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
