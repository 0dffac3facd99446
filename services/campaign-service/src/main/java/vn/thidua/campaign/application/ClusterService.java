package vn.thidua.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.cluster.Cluster;
import vn.thidua.campaign.domain.cluster.ClusterDefinition;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.MalformedRequestException;

/** The use cases of emulation clusters: define them, and set their members and leader year by year. */
@Service
public class ClusterService {

    /** Who organises clusters: the province's commendation office and administrators. */
    static final Role[] ORGANISERS = {Role.REVIEWER, Role.ADMIN};

    private final ClusterRepository clusters;
    private final UnitRepository units;
    private final Clock clock;
    private final TenantProperties tenant;

    public ClusterService(ClusterRepository clusters, UnitRepository units, Clock clock, TenantProperties tenant) {
        this.clusters = clusters;
        this.units = units;
        this.clock = clock;
        this.tenant = tenant;
    }

    public Mono<Cluster> create(ClusterDefinition definition, CurrentUser user) {
        requireOrganiser(user);
        ClusterDefinition clean = definition.normalised();
        return clusters.insert(Cluster.create(UUID.randomUUID().toString(), tenant.provinceCode(), clean,
                Instant.now(clock), user.id()));
    }

    public Mono<Cluster> redefine(String id, ClusterDefinition definition, OptionalLong ifMatch, CurrentUser user) {
        requireOrganiser(user);
        ClusterDefinition clean = definition.normalised();
        return current(id, ifMatch).flatMap(cluster -> clusters.update(
                cluster.redefine(clean, Instant.now(clock), user.id()), cluster.version()));
    }

    /**
     * Sets a year's members and leader. Every member must be a registered unit that existed during that year
     * (an abolished commune can still be a member of the years before its end).
     */
    public Mono<Cluster> setYear(String id, int year, List<String> memberCodes, String leaderCode,
                                 OptionalLong ifMatch, CurrentUser user) {
        requireOrganiser(user);
        if (year < 1945 || year > 9999) {
            throw new MalformedRequestException("Năm không hợp lệ.", new FieldProblem("year", "Phải từ 1945."));
        }
        List<String> codes = memberCodes == null ? List.of() : memberCodes.stream()
                .filter(code -> code != null && !code.isBlank()).distinct().toList();
        return current(id, ifMatch)
                .flatMap(cluster -> units.findByCodes(codes).collectMap(Unit::code).flatMap(known -> {
                    var missing = codes.stream().filter(code -> !known.containsKey(code)
                            || !existedDuring(known.get(code), year)).toList();
                    if (!missing.isEmpty()) {
                        return Mono.error(new BusinessRuleException("unit-not-valid", "Đơn vị " + String.join(", ",
                                missing) + " không có trong danh mục hoặc không hoạt động trong năm " + year + ".",
                                Map.of("unitCodes", missing)));
                    }
                    return clusters.update(cluster.withYear(year, memberCodes, leaderCode, Instant.now(clock),
                            user.id()), cluster.version());
                }));
    }

    public Mono<Cluster> get(String id) {
        return clusters.findById(id).switchIfEmpty(Mono.error(() -> NotFoundException.of("cụm, khối thi đua", id)));
    }

    public Mono<List<Cluster>> list(Integer year) {
        return clusters.findAll(year).collectList();
    }

    private Mono<Cluster> current(String id, OptionalLong ifMatch) {
        return get(id).flatMap(cluster -> ifMatch.isPresent() && ifMatch.getAsLong() != cluster.version()
                ? Mono.error(new PreconditionFailedException(id, cluster.version())) : Mono.just(cluster));
    }

    private static boolean existedDuring(Unit unit, int year) {
        return !unit.validFrom().isAfter(LocalDate.of(year, 12, 31))
                && (unit.validTo() == null || !unit.validTo().isBefore(LocalDate.of(year, 1, 1)));
    }

    private static void requireOrganiser(CurrentUser user) {
        if (user == null || !user.has(ORGANISERS)) {
            throw new AccessDeniedException("Chỉ Ban Thi đua – Khen thưởng và quản trị hệ thống được tổ chức cụm,"
                    + " khối thi đua.");
        }
    }
}
