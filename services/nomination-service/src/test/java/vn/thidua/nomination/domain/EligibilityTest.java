package vn.thidua.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.thidua.nomination.domain.EligibilityFacts.Discipline;
import vn.thidua.nomination.domain.EligibilityFacts.HeldAward;
import vn.thidua.nomination.domain.EligibilityFacts.InitiativeFact;
import vn.thidua.nomination.domain.EligibilityFacts.MemberFacts;
import vn.thidua.nomination.domain.EligibilityFacts.Proceeding;
import vn.thidua.nomination.domain.EligibilityFacts.QuotaUsage;

/** Every rule at its boundary, on the catalogue as it is bundled. */
class EligibilityTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final LocalDate REFERENCE = LocalDate.of(2025, 12, 15);
    private static final int YEAR = 2025;

    private static List<String> codes(String award, EligibilityFacts facts) {
        return reasons(award, TimingType.MERIT, facts).stream().map(Reason::code).toList();
    }

    private static List<Reason> reasons(String award, TimingType timing, EligibilityFacts facts) {
        AwardTypeVersion version = CATALOGUE.get(award).versionOn(facts.referenceDate()).orElseThrow();
        return Eligibility.check(award, version, timing, facts, CATALOGUE::nameOf);
    }

    private static Facts individual() {
        return new Facts();
    }

    /** A builder of facts; everything empty unless a test adds it. */
    static final class Facts {
        final List<HeldAward> awards = new ArrayList<>();
        final java.util.HashMap<Integer, Rating> ratings = new java.util.HashMap<>();
        final List<Discipline> disciplines = new ArrayList<>();
        final List<Proceeding> proceedings = new ArrayList<>();
        final List<InitiativeFact> initiatives = new ArrayList<>();
        final List<MemberFacts> members = new ArrayList<>();
        Integer headcount;
        QuotaUsage quota;

        Facts award(String code, int year) {
            return award(code, year, TimingType.MERIT, false);
        }

        Facts award(String code, int year, TimingType timing, boolean revoked) {
            awards.add(new HeldAward(code, year, timing, revoked));
            return this;
        }

        Facts rated(int year, Rating rating) {
            ratings.put(year, rating);
            return this;
        }

        Facts initiative(InitiativeScope scope, LocalDate on) {
            initiatives.add(new InitiativeFact("Sáng kiến", scope, on));
            return this;
        }

        Facts members(int withAward, int without, Rating rating) {
            for (int i = 0; i < withAward; i++) {
                members.add(new MemberFacts("m" + members.size(), rating, List.of("LAO_DONG_TIEN_TIEN"), null));
            }
            for (int i = 0; i < without; i++) {
                members.add(new MemberFacts("m" + members.size(), rating, List.of(), null));
            }
            return this;
        }

        EligibilityFacts build() {
            return new EligibilityFacts(YEAR, REFERENCE, awards, ratings, disciplines, proceedings, initiatives,
                    members, headcount, quota);
        }
    }

    @Nested
    class Chains {

        private Facts provincialCandidate() {
            return individual().initiative(InitiativeScope.PROVINCIAL, LocalDate.of(2024, 5, 10));
        }

        @Test
        void threeConsecutiveGrassrootsYearsQualify() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2023).award("CHIEN_SI_THI_DUA_CO_SO", 2024)
                    .award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", facts)).isEmpty();
        }

        @Test
        void twoYearsAreNotEnough() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            var reasons = reasons("CHIEN_SI_THI_DUA_CAP_TINH", TimingType.MERIT, facts);
            assertThat(reasons).extracting(Reason::code).containsExactly("chain-incomplete");
            assertThat(reasons.get(0).message()).contains("3 năm liên tục", "Chiến sĩ thi đua cơ sở", "2023");
        }

        @Test
        void aGapResetsTheChain() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2021).award("CHIEN_SI_THI_DUA_CO_SO", 2022)
                    .award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", facts)).containsExactly("chain-incomplete");
        }

        @Test
        void aRevokedAwardNoLongerCounts() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2023, TimingType.MERIT, true)
                    .award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", facts)).containsExactly("chain-incomplete");
        }

        @Test
        void adHocAndThematicAwardsDoNotBuildChains() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2023, TimingType.CAMPAIGN, false)
                    .award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", facts)).containsExactly("chain-incomplete");
        }

        @Test
        void yearsBeforeADisciplineEndedDoNotCount() {
            var facts = provincialCandidate().award("CHIEN_SI_THI_DUA_CO_SO", 2023).award("CHIEN_SI_THI_DUA_CO_SO", 2024)
                    .award("CHIEN_SI_THI_DUA_CO_SO", 2025).build();
            var disciplined = new EligibilityFacts(YEAR, REFERENCE, facts.awards(), facts.ratings(),
                    List.of(new Discipline(DisciplineLevel.REPRIMAND, LocalDate.of(2022, 9, 1),
                            LocalDate.of(2023, 9, 1))), List.of(), facts.initiatives(), List.of(), null, null);
            assertThat(reasons("CHIEN_SI_THI_DUA_CAP_TINH", TimingType.MERIT, disciplined).get(0).message()).contains("năm 2023)");
        }

        @Test
        void twoProvincialTitlesLeadToTheNationalOne() {
            var base = individual().initiative(InitiativeScope.NATIONAL, LocalDate.of(2023, 3, 1));
            assertThat(codes("CHIEN_SI_THI_DUA_TOAN_QUOC", base.award("CHIEN_SI_THI_DUA_CAP_TINH", 2025).build()))
                    .containsExactly("chain-incomplete");
            assertThat(codes("CHIEN_SI_THI_DUA_TOAN_QUOC", base.award("CHIEN_SI_THI_DUA_CAP_TINH", 2024).build())).isEmpty();
        }
    }

    @Nested
    class Initiatives {

        private Facts grassrootsCandidate() {
            return individual().rated(YEAR, Rating.GOOD).award("LAO_DONG_TIEN_TIEN", YEAR);
        }

        @Test
        void anInitiativeBelowTheTitlesLevelIsRefused() {
            var facts = individual().award("CHIEN_SI_THI_DUA_CO_SO", 2023).award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025)
                    .initiative(InitiativeScope.GRASSROOTS, LocalDate.of(2025, 4, 1)).build();
            var reasons = reasons("CHIEN_SI_THI_DUA_CAP_TINH", TimingType.MERIT, facts);
            assertThat(reasons).extracting(Reason::code).containsExactly("initiative-scope-too-low");
            assertThat(reasons.get(0).message()).contains("cấp tỉnh trở lên", "phạm vi ảnh hưởng thấp hơn");
        }

        @Test
        void aGrassrootsInitiativeOfTheYearIsEnoughForTheGrassrootsTitle() {
            assertThat(codes("CHIEN_SI_THI_DUA_CO_SO", grassrootsCandidate()
                    .initiative(InitiativeScope.GRASSROOTS, LocalDate.of(2025, 6, 1)).build())).isEmpty();
            assertThat(codes("CHIEN_SI_THI_DUA_CO_SO", grassrootsCandidate()
                    .initiative(InitiativeScope.GRASSROOTS, LocalDate.of(2024, 12, 31)).build()))
                    .containsExactly("initiative-scope-too-low");
        }

        @Test
        void aProvincialInitiativeStaysValidForThreeYears() {
            var chain = individual().award("CHIEN_SI_THI_DUA_CO_SO", 2023).award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025);
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", chain.initiative(InitiativeScope.PROVINCIAL, LocalDate.of(2023, 1, 2))
                    .build())).isEmpty();
            var older = individual().award("CHIEN_SI_THI_DUA_CO_SO", 2023).award("CHIEN_SI_THI_DUA_CO_SO", 2024).award("CHIEN_SI_THI_DUA_CO_SO", 2025)
                    .initiative(InitiativeScope.PROVINCIAL, LocalDate.of(2022, 12, 30)).build();
            assertThat(codes("CHIEN_SI_THI_DUA_CAP_TINH", older)).containsExactly("initiative-scope-too-low");
        }
    }

    @Nested
    class Ratings {

        @Test
        void lao_dong_tien_tien_needs_at_least_a_good_rating() {
            assertThat(codes("LAO_DONG_TIEN_TIEN", individual().rated(YEAR, Rating.GOOD).build())).isEmpty();
            assertThat(codes("LAO_DONG_TIEN_TIEN", individual().rated(YEAR, Rating.COMPLETED).build()))
                    .containsExactly("rating-too-low");
            assertThat(codes("LAO_DONG_TIEN_TIEN", individual().build())).containsExactly("rating-too-low");
        }

        @Test
        void oneAchievementIsRewardedOnce() {
            var facts = individual().rated(YEAR, Rating.EXCELLENT).award("LAO_DONG_TIEN_TIEN", YEAR).build();
            assertThat(codes("LAO_DONG_TIEN_TIEN", facts)).containsExactly("already-awarded");
        }

        @Test
        void aTimingTypeTheAwardDoesNotAllowIsRefused() {
            var facts = individual().rated(YEAR, Rating.EXCELLENT).build();
            assertThat(reasons("LAO_DONG_TIEN_TIEN", TimingType.AD_HOC, facts)).extracting(Reason::code)
                    .containsExactly("timing-not-allowed");
        }
    }

    @Nested
    class Frozen {

        @Test
        void anOpenComplaintFreezesTheSubject() {
            var base = individual().rated(YEAR, Rating.EXCELLENT);
            base.proceedings.add(new Proceeding(ProceedingKind.COMPLAINT, LocalDate.of(2025, 11, 1), null));
            assertThat(reasons("LAO_DONG_TIEN_TIEN", TimingType.MERIT, base.build()))
                    .extracting(Reason::message).containsExactly(
                            "Đối tượng đang có khiếu nại, tố cáo chưa được giải quyết; chưa xét khen thưởng.");
        }

        @Test
        void aProceedingClosedBeforeTheReferenceDateNoLongerFreezes() {
            var base = individual().rated(YEAR, Rating.EXCELLENT);
            base.proceedings.add(new Proceeding(ProceedingKind.INVESTIGATION, LocalDate.of(2025, 3, 1),
                    REFERENCE));
            assertThat(codes("LAO_DONG_TIEN_TIEN", base.build())).isEmpty();
        }

        @Test
        void disciplineInForceFreezesTheSubject() {
            var base = individual().rated(YEAR, Rating.EXCELLENT);
            base.disciplines.add(new Discipline(DisciplineLevel.REPRIMAND, LocalDate.of(2025, 10, 1),
                    REFERENCE.plusDays(1)));
            assertThat(codes("LAO_DONG_TIEN_TIEN", base.build())).containsExactly("subject-frozen");
        }
    }

    @Nested
    class Collectives {

        private List<String> excellent(int withAward, int without) {
            var facts = individual().members(withAward, without, Rating.GOOD);
            facts.members.add(new MemberFacts("csdt", Rating.EXCELLENT,
                    List.of("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO"), null));
            return codes("TAP_THE_LAO_DONG_XUAT_SAC", facts.build());
        }

        @Test
        void seventyPercentQualifiesSixtyNineDoesNot() {
            // 69 of 99 others + the grassroots fighter = 70 of 100
            assertThat(excellent(69, 30)).isEmpty();
            assertThat(excellent(68, 31)).containsExactly("member-share-too-low");
        }

        @Test
        void everyMemberMustHaveCompletedTheirTasks() {
            var facts = individual().members(9, 0, Rating.GOOD);
            facts.members.add(new MemberFacts("csdt", Rating.EXCELLENT, List.of("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO"),
                    null));
            facts.members.add(new MemberFacts("x", Rating.NOT_COMPLETED, List.of(), null));
            assertThat(codes("TAP_THE_LAO_DONG_XUAT_SAC", facts.build())).containsExactly("members-not-all-completed");
        }

        @Test
        void theHeadcountCountsMembersNobodyListed() {
            var facts = individual().members(10, 0, Rating.GOOD);
            facts.members.add(new MemberFacts("csdt", Rating.EXCELLENT, List.of("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO"),
                    null));
            facts.headcount = 20;
            assertThat(codes("TAP_THE_LAO_DONG_XUAT_SAC", facts.build()))
                    .contains("member-share-too-low", "members-not-all-completed");
        }

        @Test
        void excellenceNeedsAGrassrootsEmulationFighter() {
            assertThat(codes("TAP_THE_LAO_DONG_XUAT_SAC", individual().members(10, 0, Rating.GOOD).build()))
                    .containsExactly("no-member-with-award");
        }

        @Test
        void advancedNeedsMoreThanHalf() {
            assertThat(codes("TAP_THE_LAO_DONG_TIEN_TIEN", individual().members(50, 50, Rating.GOOD).build()))
                    .containsExactly("member-share-too-low");
            assertThat(codes("TAP_THE_LAO_DONG_TIEN_TIEN", individual().members(51, 49, Rating.GOOD).build())).isEmpty();
        }

        @Test
        void aMemberWarnedOrWorseDisqualifiesTheCollective() {
            var reprimanded = individual().members(10, 0, Rating.GOOD);
            reprimanded.members.add(new MemberFacts("r", Rating.GOOD, List.of("LAO_DONG_TIEN_TIEN"),
                    DisciplineLevel.REPRIMAND));
            assertThat(codes("TAP_THE_LAO_DONG_TIEN_TIEN", reprimanded.build())).isEmpty();
            var warned = individual().members(10, 0, Rating.GOOD);
            warned.members.add(new MemberFacts("w", Rating.GOOD, List.of("LAO_DONG_TIEN_TIEN"),
                    DisciplineLevel.WARNING));
            assertThat(codes("TAP_THE_LAO_DONG_TIEN_TIEN", warned.build())).containsExactly("member-disciplined");
        }
    }

    @Nested
    class Quotas {

        private List<String> withQuota(int basis, int used) {
            var facts = individual().rated(YEAR, Rating.EXCELLENT).award("LAO_DONG_TIEN_TIEN", YEAR)
                    .initiative(InitiativeScope.GRASSROOTS, LocalDate.of(2025, 3, 1));
            facts.quota = new QuotaUsage(basis, used);
            return codes("CHIEN_SI_THI_DUA_CO_SO", facts.build());
        }

        @Test
        void fifteenPercentOfTheAdvancedWorkersRoundedDown() {
            // 20 Lao động tiên tiến → at most 3 Chiến sĩ thi đua cơ sở
            assertThat(withQuota(20, 2)).isEmpty();
            assertThat(withQuota(20, 3)).containsExactly("quota-exceeded");
            // 19 → 2.85 → 2
            assertThat(withQuota(19, 2)).containsExactly("quota-exceeded");
        }
    }

    @Test
    void everyReasonIsReportedNotJustTheFirst() {
        var facts = individual().rated(YEAR, Rating.COMPLETED);
        facts.proceedings.add(new Proceeding(ProceedingKind.INVESTIGATION, LocalDate.of(2025, 1, 1), null));
        facts.quota = new QuotaUsage(0, 0);
        assertThat(codes("CHIEN_SI_THI_DUA_CO_SO", facts.build())).containsExactlyInAnyOrder("subject-frozen",
                "same-year-award-missing", "initiative-scope-too-low", "quota-exceeded");
    }

    @Test
    void namesInReasonsAreTheCataloguesNames() {
        assertThat(Eligibility.names(Map.of("A", "Giấy khen")).apply("A")).isEqualTo("Giấy khen");
    }
}
