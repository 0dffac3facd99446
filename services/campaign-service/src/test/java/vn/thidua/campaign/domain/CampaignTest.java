package vn.thidua.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.domain.review.Review;
import vn.thidua.campaign.domain.review.ReviewStage;
import vn.thidua.campaign.domain.review.Scoring;
import vn.thidua.campaign.domain.review.UnitResult;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.campaign.CampaignClosed;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.ClosingOutcome;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.CriterionScore;
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
                List.of("GIAY_KHEN_CHU_TICH_UBND_XA"), deadline, milestones);
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
    private Campaign launched() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO))
                .normalised(), NOW, "r");
        return draft.launch(NOW, LocalDate.of(2026, 3, 2), "r").campaign();
    }

    private static Review review(ReviewStage stage) {
        var results = List.of(new UnitResult("XA-PHUONG-TIEN", "UBND xã Phượng Tiến",
                List.of(new CriterionScore("TC1", new BigDecimal("45"))), new BigDecimal("45")));
        return new Review(stage, LocalDate.of(2026, 6, 30), "Sơ kết 6 tháng", results,
                Scoring.rank(List.of(new Criterion("TC1", "Chất lượng", new BigDecimal("27.5"), new BigDecimal("50"))),
                        results, List.of(new Scoring.Peers("96ad0d8a-2522-46ad-9053-2839015331f6",
                                "Cụm thi đua số 02", Set.of("XA-PHUONG-TIEN")))), NOW, "r");
    }

    @Test
    void aCampaignGoesThroughItsReviewsToItsCloseAndTellsTheOthers() {
        var midTerm = launched().review(review(ReviewStage.MID_TERM));
        assertThat(midTerm.campaign().status()).isEqualTo(CampaignStatus.MID_TERM_REVIEWED);
        var reviewed = (CampaignReviewed) midTerm.event();
        assertThat(reviewed.aggregateVersion()).isEqualTo(3);
        assertThat(reviewed.rankings().get(0).leadingUnit().code()).isEqualTo("XA-PHUONG-TIEN");
        assertThat(ContractSchemas.violations(reviewed)).isEmpty();

        var finalReview = midTerm.campaign().review(review(ReviewStage.FINAL));
        assertThat(finalReview.campaign().reviews()).hasSize(2);
        var closed = finalReview.campaign().close(NOW, "r");
        assertThat(closed.campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(((CampaignClosed) closed.event()).outcome()).isEqualTo(ClosingOutcome.CLOSED);
        assertThat(ContractSchemas.violations(closed.event())).isEmpty();
    }

    @Test
    void illegalTransitionsAreRefused() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO))
                .normalised(), NOW, "r");
        assertThatThrownBy(() -> draft.review(review(ReviewStage.FINAL))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.close(NOW, "r")).isInstanceOf(IllegalTransitionException.class);

        var midTerm = launched().review(review(ReviewStage.MID_TERM)).campaign();
        assertThatThrownBy(() -> midTerm.review(review(ReviewStage.MID_TERM)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> midTerm.cancel("Không còn phù hợp", NOW, "r"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> launched().close(NOW, "r")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> launched().redefine(draft.definition()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void cancellingADraftTellsNobodyButCancellingALaunchedCampaignDoes() {
        var draft = Campaign.draft(ID, "19", plan(new CampaignPeriod(FROM, TO), null, new CampaignMilestones(null, TO))
                .normalised(), NOW, "r");
        var quietly = draft.cancel("Lập nhầm", NOW, "r");
        assertThat(quietly.campaign().status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(quietly.event()).isNull();

        var publicly = launched().cancel("Sáp nhập đơn vị hành chính", NOW, "r");
        assertThat(((CampaignClosed) publicly.event()).outcome()).isEqualTo(ClosingOutcome.CANCELLED);
        assertThat(((CampaignClosed) publicly.event()).reason()).isEqualTo("Sáp nhập đơn vị hành chính");
        assertThat(ContractSchemas.violations(publicly.event())).isEmpty();
    }

    @Test
    void aCopyIsNextYearsDraftOfTheSamePlan() {
        var original = Campaign.draft(ID, "19", plan("Chuyển đổi số cấp xã năm 2026", new CampaignPeriod(FROM, TO),
                LocalDate.of(2026, 2, 28), new CampaignMilestones(LocalDate.of(2026, 6, 30), TO)).normalised(), NOW,
                "r");

        var copy = original.copyForNextYear("b2d9c6a1-0f3e-4c55-8a7d-2e1f3a4b5c6d", NOW, "r");

        assertThat(copy.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.copiedFromCampaignId()).isEqualTo(ID);
        assertThat(copy.definition().title()).isEqualTo("Chuyển đổi số cấp xã năm 2027");
        assertThat(copy.definition().period().from()).isEqualTo(FROM.plusYears(1));
        assertThat(copy.definition().registrationDeadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(copy.definition().milestones().midTermReviewDue()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(copy.searchKey()).contains("chuyen doi so cap xa nam 2027");
    }
}
