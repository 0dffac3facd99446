package vn.thidua.campaign.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.domain.Campaign;
import vn.thidua.campaign.domain.CampaignDefinition;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.DocumentType;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.RegistrationTarget;
import vn.thidua.contracts.events.campaign.TargetSubject;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final UnitRef PHUONG_TIEN = new UnitRef("XA-PHUONG-TIEN", "UBND xã Phượng Tiến");
    private static final Pledge PLEDGE = new Pledge(List.of(
            new RegistrationTarget("TAP_THE_LAO_DONG_XUAT_SAC", TargetSubject.UNIT, null),
            new RegistrationTarget("LAO_DONG_TIEN_TIEN", TargetSubject.MEMBERS, 18)),
            List.of("100% thôn đạt danh hiệu Thôn văn hóa")).normalised();

    static Campaign launched(LocalDate deadline) {
        var definition = new CampaignDefinition("Dạy tốt – học tốt năm học 2025–2026", CampaignKind.REGULAR,
                new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"), "Chủ tịch UBND tỉnh",
                new LegalBasis("12/KH-UBND", DocumentType.KE_HOACH, LocalDate.of(2026, 1, 10), null, null),
                new CampaignPeriod(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31)),
                new CampaignScope(List.of("UBND-TN"), true, null), List.of("Nâng cao chất lượng dạy và học"),
                List.of(new Criterion("TC1", "Chất lượng", BigDecimal.TEN, BigDecimal.TEN)), List.of("GIAY_KHEN_CHU_TICH_UBND_XA"),
                deadline, new CampaignMilestones(null, LocalDate.of(2026, 12, 20))).normalised();
        return Campaign.draft("6f1c2a9e-3b8d-4c1e-9a53-1d2e4f5a6b7c", "19", definition, NOW, "reviewer")
                .launch(NOW, LocalDate.of(2026, 1, 20), "reviewer").campaign();
    }

    @Test
    void aUnitRegistersUntilTheEndOfTheDeadlineDay() {
        var registered = Registration.register(launched(DEADLINE), PHUONG_TIEN, PLEDGE, DEADLINE, NOW, "officer");

        assertThat(registered.registration().version()).isEqualTo(1);
        assertThat(registered.event().amendment()).isFalse();
        assertThat(ContractSchemas.violations(registered.event())).isEmpty();
        assertThatThrownBy(() -> Registration.register(launched(DEADLINE), PHUONG_TIEN, PLEDGE, DEADLINE.plusDays(1),
                NOW, "officer"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("registration-deadline-passed"));
    }

    @Test
    void anAmendmentIsAcceptedOnTheDeadlineAndRefusedAfter() {
        var campaign = launched(DEADLINE);
        var first = Registration.register(campaign, PHUONG_TIEN, PLEDGE, DEADLINE.minusDays(20), NOW, "officer")
                .registration();

        var amended = first.amend(campaign, PLEDGE, DEADLINE, NOW, "officer");
        assertThat(amended.registration().version()).isEqualTo(2);
        assertThat(amended.event().amendment()).isTrue();
        assertThat(amended.event().aggregateVersion()).isEqualTo(2);
        assertThatThrownBy(() -> first.amend(campaign, PLEDGE, DEADLINE.plusDays(1), NOW, "officer"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void withoutADeadlineRegistrationStaysOpenUntilThePeriodEnds() {
        var campaign = launched(null);
        assertThat(Registration.register(campaign, PHUONG_TIEN, PLEDGE, LocalDate.of(2026, 12, 31), NOW, "o"))
                .isNotNull();
        assertThatThrownBy(() -> Registration.register(campaign, PHUONG_TIEN, PLEDGE, LocalDate.of(2027, 1, 1), NOW,
                "o")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void onlyALaunchedCampaignTakesRegistrations() {
        var cancelled = launched(DEADLINE).cancel("Trùng với phong trào của ngành giáo dục", NOW, "reviewer")
                .campaign();

        assertThatThrownBy(() -> Registration.register(cancelled, PHUONG_TIEN, PLEDGE, DEADLINE, NOW, "o"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("registration-closed"));
    }

    @Test
    void aMembersTitleNeedsACountAndAUnitsTitleHasNone() {
        var broken = new Pledge(List.of(new RegistrationTarget("LAO_DONG_TIEN_TIEN", TargetSubject.MEMBERS, null),
                new RegistrationTarget("TAP_THE_LAO_DONG_XUAT_SAC", TargetSubject.UNIT, 3),
                new RegistrationTarget("giay khen", TargetSubject.UNIT, null)), List.of(" "));

        assertThatThrownBy(broken::normalised)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("targets[0].count", "targets[1].count", "targets[2].awardType",
                                "pledges[0]"));
        assertThatThrownBy(() -> new Pledge(List.of(), List.of()).normalised())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSameCampaignAndUnitAlwaysGiveTheSameRegistrationId() {
        assertThat(Registration.idFor("c", "XA-A")).isEqualTo(Registration.idFor("c", "XA-A"))
                .isNotEqualTo(Registration.idFor("c", "XA-B"));
    }
}
