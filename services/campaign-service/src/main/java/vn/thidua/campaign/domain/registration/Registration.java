package vn.thidua.campaign.domain.registration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignStatus;
import vn.thidua.contracts.events.campaign.RegistrationTarget;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitRegistered;
import vn.thidua.support.problem.BusinessRuleException;

/**
 * A unit's registration (đăng ký thi đua) in a campaign: its targets and pledges, which it may amend until the
 * registration deadline. One per campaign and unit, so its id is derived from the two.
 */
public record Registration(
        String id,
        String provinceCode,
        String campaignId,
        UnitRef unit,
        List<RegistrationTarget> targets,
        List<String> pledges,
        Instant registeredAt,
        String registeredBy,
        Instant amendedAt,
        String amendedBy,
        long version) {

    public Registration {
        targets = targets == null ? List.of() : List.copyOf(targets);
        pledges = pledges == null ? List.of() : List.copyOf(pledges);
    }

    /** The registration and the event that carries it. */
    public record Registered(Registration registration, UnitRegistered event) {
    }

    /** The same id for the same campaign and unit, so two concurrent first registrations collide (409). */
    public static String idFor(String campaignId, String unitCode) {
        return UUID.nameUUIDFromBytes((campaignId + "/" + unitCode).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A first registration. The campaign must be launched and its deadline (inclusive, in Vietnam's calendar) not
     * passed; the caller has checked that the unit is in the campaign's scope.
     */
    public static Registered register(Campaign campaign, UnitRef unit, Pledge pledge, LocalDate today, Instant now,
                                      String by) {
        requireOpen(campaign, today);
        var registration = new Registration(idFor(campaign.id(), unit.code()), campaign.provinceCode(), campaign.id(),
                unit, pledge.targets(), pledge.pledges(), now, by, null, null, 1);
        return new Registered(registration, registration.event(false, now, by));
    }

    /** The registration with new targets and pledges, under the same rules as a first registration. */
    public Registered amend(Campaign campaign, Pledge pledge, LocalDate today, Instant now, String by) {
        requireOpen(campaign, today);
        var amended = new Registration(id, provinceCode, campaignId, unit, pledge.targets(), pledge.pledges(),
                registeredAt, registeredBy, now, by, version + 1);
        return new Registered(amended, amended.event(true, now, by));
    }

    private UnitRegistered event(boolean amendment, Instant at, String by) {
        return new UnitRegistered(id, version, provinceCode, campaignId, unit, targets, pledges, amendment, at, by);
    }

    /**
     * Registration is open while the campaign is launched (not yet reviewed, closed or cancelled) and, when it has
     * a deadline, until the end of that day; without a deadline, until the end of its period.
     */
    static void requireOpen(Campaign campaign, LocalDate today) {
        if (campaign.status() != CampaignStatus.LAUNCHED) {
            throw new BusinessRuleException("registration-closed", "Phong trào \"" + campaign.definition().title()
                    + "\" đang ở trạng thái \"" + campaign.status().label() + "\", không nhận đăng ký thi đua.",
                    Map.of("status", campaign.status().name()));
        }
        LocalDate deadline = campaign.definition().registrationDeadline() != null
                ? campaign.definition().registrationDeadline() : campaign.definition().period().to();
        if (today.isAfter(deadline)) {
            throw new BusinessRuleException("registration-deadline-passed",
                    "Đã hết hạn đăng ký thi đua (hạn cuối ngày " + deadline + ").",
                    Map.of("deadline", deadline.toString()));
        }
    }
}
