package vn.thidua.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.DocumentType;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

class CampaignTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final String ID = "6f1c2a9e-3b8d-4c1e-9a53-1d2e4f5a6b7c";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static CampaignDefinition plan(CampaignPeriod period, LocalDate deadline, CampaignMilestones milestones) {
        return plan("Dạy tốt – học tốt", period, deadline, milestones);
    }

    static CampaignDefinition plan(String title, CampaignPeriod period, LocalDate deadline,
                                   CampaignMilestones milestones) {
        return new CampaignDefinition(title, CampaignKind.REGULAR,
                new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"), "Chủ tịch UBND tỉnh",
                new LegalBasis("40/KH-UBND", DocumentType.KE_HOACH, LocalDate.of(2021, 3, 8), null, null),
                period, new CampaignScope(List.of("XA-PHUONG-TIEN"), true, null), List.of("Nâng cao chất lượng dạy"),
                List.of(new Criterion("TC1", "Chất lượng", new BigDecimal("27.5"), new BigDecimal("50"))),
                List.of("GIAY_KHEN"), deadline, milestones);
    }

    @Test
    void citesTheLegalBasisTheWayOfficialTextsDo() {
        var clean = plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO)).normalised();

        assertThat(clean.legalBasis().citation()).isEqualTo("Kế hoạch 40/KH-UBND ngày 08/3/2021");
    }

    @Test
    void storesTextInNfc() {
        String decomposed = Normalizer.normalize("Phong trào Định Hóa", Normalizer.Form.NFD);
        var clean = plan(decomposed, new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO)).normalised();

        assertThat(clean.title()).isEqualTo(Normalizer.normalize("Phong trào Định Hóa", Normalizer.Form.NFC));
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        var broken = new CampaignDefinition(" ", null, null, null, null, new CampaignPeriod(TO, FROM), null,
                null, List.of(new Criterion("TC1", "A", BigDecimal.ZERO, null)), null, null, null);

        assertThatThrownBy(broken::normalised)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .contains("milestones", "title", "kind", "launchingUnit", "signerTitle", "legalBasis", "period.to", "scope",
                                "criteria[0].weight", "criteria[0].maxScore"));
    }

    @Test
    void refusesDeadlinesOutsideThePeriod() {
        var late = plan(new CampaignPeriod(FROM, TO), TO.plusDays(1),
                new CampaignMilestones(TO.plusDays(1), TO));

        assertThatThrownBy(late::normalised)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("registrationDeadline", "milestones.midTermReviewDue",
                                "milestones.midTermReviewDue"));
    }

    @Test
    void aLaunchCarriesTheWholePlanAtTheNextVersion() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO)).normalised(), NOW,
                "reviewer");

        var launch = draft.launch(NOW, LocalDate.of(2026, 3, 2), "reviewer");

        assertThat(launch.campaign().status()).isEqualTo(CampaignStatus.LAUNCHED);
        assertThat(launch.campaign().version()).isEqualTo(2);
        assertThat(launch.event().aggregateVersion()).isEqualTo(2);
        assertThat(launch.event().criteria().get(0).weight()).isEqualByComparingTo("27.5");
        assertThat(launch.event().legalBasis().citation()).isEqualTo("Kế hoạch 40/KH-UBND ngày 08/3/2021");
        assertThat(ContractSchemas.violations(launch.event())).isEmpty();
    }

    @Test
    void onlyADraftCanBeLaunched() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO)).normalised(), NOW, "r");
        var launched = draft.launch(NOW, LocalDate.of(2026, 3, 2), "r").campaign();

        assertThatThrownBy(() -> launched.launch(NOW, LocalDate.of(2026, 3, 2), "r"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Đã phát động");
    }

    @Test
    void aCampaignWhosePeriodHasEndedCannotBeLaunched() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO)).normalised(), NOW, "r");

        assertThat(draft.launch(NOW, TO, "r").campaign().status()).isEqualTo(CampaignStatus.LAUNCHED);
        assertThatThrownBy(() -> draft.launch(NOW, TO.plusDays(1), "r"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("campaign-period-ended"));
    }
}
