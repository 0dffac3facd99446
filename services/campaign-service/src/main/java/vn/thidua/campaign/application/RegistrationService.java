package vn.thidua.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.registration.Pledge;
import vn.thidua.campaign.domain.registration.Registration;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.security.CurrentUser;

/**
 * Registrations and pledges: a unit in a launched campaign's scope registers its targets before the deadline and
 * may amend them until then. Only the unit's own officers (or those of a unit above it) and administrators may.
 */
@Service
public class RegistrationService {

    private final CampaignService campaigns;
    private final RegistrationRepository registrations;
    private final UnitRepository units;
    private final Officers officers;
    private final CampaignScopes scopes;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    public RegistrationService(CampaignService campaigns, RegistrationRepository registrations,
                               UnitRepository units, Officers officers, CampaignScopes scopes, Clock clock,
                               WorkingDayCalendar calendar) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.units = units;
        this.officers = officers;
        this.scopes = scopes;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The outcome of a registration: what is stored now and whether this request created it. */
    public record Registered(Registration registration, boolean created) {
    }

    /**
     * Registers the unit, or amends its registration. Amending with an {@code If-Match} that is not the current
     * version is 412; registering with one is 412 too (the client believes a registration exists).
     *
     * @param registeredOn null for today; an earlier day only for an administrator recording a paper registration
     */
    public Mono<Registered> register(String campaignId, String unitCode, Pledge pledge, LocalDate registeredOn,
                                     OptionalLong ifMatch, CurrentUser user) {
        Pledge clean = pledge.normalised();
        LocalDate today = RecordedDay.of(registeredOn, calendar.today(), user, "registeredOn");
        return campaigns.get(campaignId, user)
                .flatMap(campaign -> officers.requireActsFor(user, unitCode, "đăng ký thi đua")
                        .then(registrableUnit(campaign, unitCode, today))
                        .flatMap(unit -> {
                            Instant now = Instant.now(clock);
                            String id = Registration.idFor(campaign.id(), unit.code());
                            return registrations.findById(id)
                                    .flatMap(existing -> {
                                        if (ifMatch.isPresent() && ifMatch.getAsLong() != existing.version()) {
                                            return Mono.error(new PreconditionFailedException(id, existing.version()));
                                        }
                                        var amended = existing.amend(campaign, clean, today, now, user.id());
                                        return registrations.update(amended, existing.version())
                                                .map(stored -> new Registered(stored, false));
                                    })
                                    .switchIfEmpty(Mono.defer(() -> {
                                        if (ifMatch.isPresent()) {
                                            return Mono.error(new PreconditionFailedException(id, 0));
                                        }
                                        var registered = Registration.register(campaign,
                                                new UnitRef(unit.code(), unit.name()), clean, today, now, user.id());
                                        return registrations.insert(registered)
                                                .map(stored -> new Registered(stored, true));
                                    }));
                        }));
    }

    public Mono<List<Registration>> list(String campaignId, CurrentUser viewer) {
        return campaigns.get(campaignId, viewer).flatMap(campaign -> registrations.findByCampaign(campaign.id())
                .collectList());
    }

    public Mono<Registration> get(String campaignId, String unitCode, CurrentUser viewer) {
        return campaigns.get(campaignId, viewer)
                .flatMap(campaign -> registrations.findById(Registration.idFor(campaign.id(), unitCode)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Đơn vị \"" + unitCode
                        + "\" chưa đăng ký thi đua trong phong trào này.")));
    }

    /** The unit as the registry has it, existing on {@code today} and within the campaign's scope that year. */
    private Mono<Unit> registrableUnit(Campaign campaign, String unitCode, LocalDate today) {
        return units.findByCode(unitCode)
                .switchIfEmpty(Mono.error(() -> new BusinessRuleException("unknown-unit",
                        "Không tìm thấy đơn vị có mã \"" + unitCode + "\" trong danh mục đơn vị.",
                        Map.of("unitCode", unitCode))))
                .flatMap(unit -> {
                    if (!unit.validOn(today)) {
                        return Mono.error(new BusinessRuleException("unit-not-valid",
                                "Đơn vị \"" + unit.name() + "\" không còn hoạt động (đến ngày " + unit.validTo()
                                        + "); đơn vị kế thừa đăng ký thay.", Map.of("unitCode", unitCode)));
                    }
                    return scopes.includes(campaign, unit, today.getYear())
                            .flatMap(in -> in ? Mono.just(unit)
                                    : Mono.error(CampaignService.outOfScope(List.of(unitCode))));
                });
    }
}
