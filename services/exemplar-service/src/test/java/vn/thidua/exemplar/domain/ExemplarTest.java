package vn.thidua.exemplar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.exemplar.ArchivedFromStatus;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarArchived;
import vn.thidua.contracts.events.exemplar.ExemplarDiscovered;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.exemplar.FosteringMilestoneReached;
import vn.thidua.contracts.events.exemplar.ModelAdopted;
import vn.thidua.contracts.events.exemplar.RecognitionKind;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.web.InvalidInputException;

class ExemplarTest {

    static final LocalDate DISCOVERED = LocalDate.of(2026, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final String ID = "04ce27f4-9bb7-4baa-9172-021d4836ad9b";
    static final String M1 = "6a0f3c1e-54b2-4a8e-9c0d-2f6e1b7a9d34";
    static final String M2 = "8b2d4e6f-1a3c-4e5b-8d7f-0c9e2a4b6d81";

    static Exemplar discovered() {
        var subject = new Subject(SubjectKind.COLLECTIVE, "Hợp tác xã chè Hảo Đạt", "XA-PHU-TIEN",
                "UBND xã Phú Tiến", null);
        Change change = Exemplar.discover(ID, "19", "Mô hình chè VietGAP", subject,
                ExemplarField.AGRICULTURE_RURAL_DEVELOPMENT, "Hai mươi hộ trồng chè theo quy trình VietGAP.",
                List.of("Biên bản khảo sát"), DiscoverySource.FIELD_VISIT, DISCOVERED, List.of(), List.of(),
                List.of(), NOW, "officer");
        ContractSchemas.assertValid(change.event());
        return change.exemplar();
    }

    static Exemplar fostering() {
        return discovered().startFostering("SNV-TN", List.of("Hỗ trợ chứng nhận VietGAP"), List.of(
                new Milestone(M1, "Chứng nhận VietGAP", LocalDate.of(2026, 3, 2), null, null),
                new Milestone(M2, "Sản phẩm OCOP 4 sao", LocalDate.of(2026, 11, 30), null, null)),
                LocalDate.of(2026, 2, 1), "reviewer").exemplar();
    }

    static Exemplar recognised() {
        return fostering().recognise(decisionBasis(), TODAY, NOW).exemplar();
    }

    static Recognition decisionBasis() {
        return new Recognition(RecognitionKind.DECISION, "Quyết định 163/QĐ-UBND ngày 20/02/2026",
                "5564c1a9-385c-4447-8da7-ec313a3dbb14", null, LocalDate.of(2026, 2, 20), null, "reviewer");
    }

    static Adoption adoptionBy(String unit, LocalDate on) {
        return new Adoption("9d1b3f5a-7c2e-4a6b-8e0d-4f2a6c8e0b13", unit, "UBND xã " + unit, on, "3 thôn", null,
                "officer", NOW);
    }

    @Test
    void aDiscoveredExemplarIsAnnouncedWithoutTheNameOfAProposedIndividual() {
        var subject = new Subject(SubjectKind.INDIVIDUAL, "Nguyễn Thị Lan", "XA-PHUONG-TIEN",
                "UBND xã Phượng Tiến", null);
        Change change = Exemplar.discover(ID, "19", "Dạy tin học cho người cao tuổi", subject,
                ExemplarField.EDUCATION, "Mở lớp miễn phí.", List.of(), DiscoverySource.UNIT_TIP, DISCOVERED,
                List.of(), List.of(), List.of(), NOW, "officer");

        var event = (ExemplarDiscovered) change.event();
        ContractSchemas.assertValid(event);
        assertThat(event.subject().displayName()).isNull();
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(change.exemplar().searchKey()).contains("nguyen thi lan").contains("day tin hoc");
    }

    @Test
    void fosteringNeedsAPlanWithMilestonesDueFromTheStart() {
        assertThatThrownBy(() -> discovered().startFostering("SNV-TN", List.of(), List.of(
                        new Milestone(M1, "Sớm", LocalDate.of(2026, 1, 31), null, null)), LocalDate.of(2026, 2, 1),
                "reviewer"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("supportActions", "milestones[0].dueOn"));
        // Due on the start day itself is fine.
        var started = discovered().startFostering("SNV-TN", List.of("Tập huấn"),
                List.of(new Milestone(M1, "Ngay", LocalDate.of(2026, 2, 1), null, null)), LocalDate.of(2026, 2, 1),
                "reviewer");
        ContractSchemas.assertValid(started.event());
        assertThat(started.exemplar().status()).isEqualTo(ExemplarStatus.FOSTERING);
        assertThat(started.exemplar().version()).isEqualTo(2);
    }

    @Test
    void aMilestoneIsOverdueOnlyAfterItsDueDay() {
        Exemplar e = fostering();
        LocalDate due = LocalDate.of(2026, 3, 2);
        assertThat(e.overdueMilestones(due)).isEmpty();
        assertThat(e.overdueMilestones(due.plusDays(1))).extracting(Milestone::id).containsExactly(M1);
        assertThat(e.overdueMilestones(LocalDate.of(2026, 12, 1))).extracting(Milestone::id).containsExactly(M1, M2);

        Exemplar reached = e.reachMilestone(M1, due.plusDays(1), "Đạt chứng nhận cho 22 ha.", due.plusDays(5))
                .exemplar();
        assertThat(reached.overdueMilestones(due.plusDays(5))).isEmpty();
    }

    @Test
    void reachingAMilestoneLateSaysSoAndCountsWhatRemains() {
        Change change = fostering().reachMilestone(M1, LocalDate.of(2026, 3, 3), "Đạt chậm một ngày.",
                LocalDate.of(2026, 3, 5));
        var event = (FosteringMilestoneReached) change.event();
        ContractSchemas.assertValid(event);
        assertThat(event.onTime()).isFalse();
        assertThat(event.milestonesRemaining()).isEqualTo(1);

        var onTime = (FosteringMilestoneReached) fostering().reachMilestone(M1, LocalDate.of(2026, 3, 2), "Đúng hạn.",
                LocalDate.of(2026, 3, 5)).event();
        assertThat(onTime.onTime()).isTrue();
    }

    @Test
    void aMilestoneIsReachedOnceNotInTheFutureAndOnlyIfItExists() {
        Exemplar reached = fostering().reachMilestone(M1, TODAY, "Xong.", TODAY).exemplar();
        assertThatThrownBy(() -> reached.reachMilestone(M1, TODAY, "Lại.", TODAY))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> fostering().reachMilestone(M2, TODAY.plusDays(1), "Sớm.", TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fostering().reachMilestone("khong-co", TODAY, "?", TODAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discovered().reachMilestone(M1, TODAY, "?", TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Exemplar recognised = recognised();
        assertThatThrownBy(() -> recognised.startFostering("SNV-TN", List.of("x"),
                List.of(new Milestone(M1, "x", TODAY, null, null)), TODAY, "reviewer"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.properties())
                        .containsEntry("currentStatus", "RECOGNISED").containsEntry("action", "start-fostering"));
        assertThatThrownBy(() -> recognised.recognise(decisionBasis(), TODAY, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> discovered().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY))
                .isInstanceOf(IllegalTransitionException.class);

        Exemplar archived = recognised.archive("Không còn duy trì mô hình.", TODAY).exemplar();
        assertThatThrownBy(() -> archived.archive("Lần nữa", TODAY)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> archived.adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void recognitionFromDiscoveredOrFosteringCarriesItsBasis() {
        Change fromDiscovered = discovered().recognise(decisionBasis(), TODAY, NOW);
        var event = (ExemplarRecognised) fromDiscovered.event();
        ContractSchemas.assertValid(event);
        assertThat(event.subject().displayName()).isEqualTo("Hợp tác xã chè Hảo Đạt");
        assertThat(event.decisionIds()).containsExactly("5564c1a9-385c-4447-8da7-ec313a3dbb14");
        assertThat(event.basis().kind()).isEqualTo(RecognitionKind.DECISION);

        assertThatThrownBy(() -> discovered().recognise(new Recognition(RecognitionKind.CONFERENCE, "Hội nghị",
                null, null, DISCOVERED.minusDays(1), null, "reviewer"), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> discovered().recognise(new Recognition(RecognitionKind.CONFERENCE, "Hội nghị",
                null, null, TODAY.plusDays(1), null, "reviewer"), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherUnitAdoptsTheModelAndTheExemplarReplicates() {
        Change change = recognised().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY);
        var event = (ModelAdopted) change.event();
        ContractSchemas.assertValid(event);
        assertThat(change.exemplar().status()).isEqualTo(ExemplarStatus.REPLICATING);
        assertThat(event.adoptionCount()).isEqualTo(1);
        assertThat(event.exemplarUnitCode()).isEqualTo("XA-PHU-TIEN");

        Exemplar second = change.exemplar().adopt(adoptionBy("XA-BINH-THANH", TODAY), TODAY).exemplar();
        assertThat(second.status()).isEqualTo(ExemplarStatus.REPLICATING);
        assertThat(second.adoptions()).hasSize(2);
    }

    @Test
    void theExemplarsOwnUnitCannotAdoptItNorAUnitTwice() {
        assertThatThrownBy(() -> recognised().adopt(adoptionBy("XA-PHU-TIEN", TODAY), TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("own-unit-adoption"));
        Exemplar once = recognised().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY).exemplar();
        assertThatThrownBy(() -> once.adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("already-adopted"));
        assertThatThrownBy(() -> recognised().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY.plusDays(1)), TODAY))
                .isInstanceOf(InvalidInputException.class);
        // Recognised on 20/02: an adoption that day counts, one the day before does not.
        assertThat(recognised().adopt(adoptionBy("XA-PHUONG-TIEN", LocalDate.of(2026, 2, 20)), TODAY).exemplar()
                .adoptions()).hasSize(1);
        assertThatThrownBy(() -> recognised().adopt(adoptionBy("XA-PHUONG-TIEN", LocalDate.of(2026, 2, 19)), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("adoptedOn"));
    }

    @Test
    void anAdoptionsOutcomeIsReportedLaterWhileTheModelIsReplicated() {
        Exemplar replicating = recognised().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY).exemplar();
        String adoptionId = replicating.adoptions().get(0).id();

        Change reported = replicating.reportAdoptionOutcome(adoptionId, null, "Thu nhập hộ tham gia tăng 20%.");
        assertThat(reported.event()).isNull();
        assertThat(reported.exemplar().version()).isEqualTo(replicating.version() + 1);
        assertThat(reported.exemplar().adoptions().get(0).outcome()).isEqualTo("Thu nhập hộ tham gia tăng 20%.");
        assertThat(reported.exemplar().adoptions().get(0).scale()).isEqualTo("3 thôn");

        assertThatThrownBy(() -> replicating.reportAdoptionOutcome("khong-co", null, "?"))
                .isInstanceOf(NotFoundException.class);
        Exemplar archived = replicating.archive("Đã nhân rộng toàn tỉnh.", TODAY).exemplar();
        assertThatThrownBy(() -> archived.reportAdoptionOutcome(adoptionId, null, "Muộn"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aProfileIsCorrectedUntilTheExemplarIsArchived() {
        Exemplar corrected = discovered().correctProfile("Chè VietGAP Phú Tiến", ExemplarField.PRODUCTION_BUSINESS,
                "Câu chuyện mới.", List.of());
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.searchKey()).contains("che vietgap phu tien").contains("cau chuyen moi");
        Exemplar archived = discovered().archive("Trùng với điển hình khác.", TODAY).exemplar();
        assertThatThrownBy(() -> archived.correctProfile("x", ExemplarField.OTHER, "y", List.of()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void archivingRecordsWhereTheExemplarWasAndNeedsAReason() {
        assertThatThrownBy(() -> fostering().archive(" ", TODAY)).isInstanceOf(InvalidInputException.class);
        var event = (ExemplarArchived) fostering().archive("Hộ đã chuyển đi nơi khác.", TODAY).event();
        ContractSchemas.assertValid(event);
        assertThat(event.previousStatus()).isEqualTo(ArchivedFromStatus.FOSTERING);
    }

    @Test
    void theDiffusionCountsAdoptionsUnderEveryUnitOfTheTreeAndTheirSpeed() {
        Exemplar e = recognised()
                .adopt(adoptionBy("XA-PHUONG-TIEN", LocalDate.of(2026, 3, 2)), TODAY).exemplar()
                .adopt(adoptionBy("XA-BINH-THANH", LocalDate.of(2026, 2, 28)), TODAY).exemplar();
        Map<String, Diffusion.TreeUnit> tree = Map.of(
                "XA-PHUONG-TIEN", new Diffusion.TreeUnit("XA-PHUONG-TIEN", "UBND xã Phượng Tiến",
                        List.of("UBND-TN", "UBND-DINH-HOA")),
                "XA-BINH-THANH", new Diffusion.TreeUnit("XA-BINH-THANH", "UBND xã Bình Thành", List.of("UBND-TN")),
                "UBND-TN", new Diffusion.TreeUnit("UBND-TN", "UBND tỉnh Thái Nguyên", List.of()));

        Diffusion d = Diffusion.of(e, tree::get);

        assertThat(d.adoptions()).isEqualTo(2);
        assertThat(d.daysToFirstAdoption()).isEqualTo(8);   // recognised 20/02, first adoption 28/02
        assertThat(d.averageDaysToAdopt()).isEqualTo(9);    // (10 + 8) / 2
        assertThat(d.where()).extracting(Diffusion.Area::unitCode, Diffusion.Area::depth, Diffusion.Area::adoptions)
                .containsExactly(
                        tuple("UBND-TN", 0, 2),
                        tuple("UBND-DINH-HOA", 1, 1),
                        tuple("XA-BINH-THANH", 1, 1),
                        tuple("XA-PHUONG-TIEN", 2, 1));
        assertThat(d.where().get(0).unitName()).isEqualTo("UBND tỉnh Thái Nguyên");
    }

    @Test
    void statisticsCountEachStepInThePeriodPerUnit() {
        Exemplar e = recognised().adopt(adoptionBy("XA-PHUONG-TIEN", TODAY), TODAY).exemplar();
        Statistics all = Statistics.of(List.of(e), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(all.total()).extracting(Statistics.UnitRow::discovered, Statistics.UnitRow::fostered,
                Statistics.UnitRow::recognised, Statistics.UnitRow::replicated).containsExactly(1, 1, 1, 1);
        // From the day after the recognition: only the adoption falls inside.
        Statistics later = Statistics.of(List.of(e), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 12, 31));
        assertThat(later.total()).extracting(Statistics.UnitRow::discovered, Statistics.UnitRow::recognised,
                Statistics.UnitRow::replicated).containsExactly(0, 0, 1);
        assertThat(later.adoptionsPerExemplar()).singleElement()
                .satisfies(row -> assertThat(row.inPeriod()).isEqualTo(1));
    }

    @Test
    void anExemplarFoundInAwardsAloneLosesItsBasisWhenTheLastAwardGoes() {
        var subject = new Subject(SubjectKind.INDIVIDUAL, "Hoàng Văn Tiến", "XA-PHUONG-TIEN", "UBND xã Phượng Tiến",
                "P-7f3a9c");
        Exemplar fromAward = Exemplar.discover(ID, "19", "Hoàng Văn Tiến", subject, ExemplarField.OTHER, "Được tặng.",
                List.of(), DiscoverySource.AWARD_DECISION, DISCOVERED, List.of(), List.of(), List.of(), NOW,
                "he-thong").exemplar();
        assertThat(RecognitionBasisCheck.lostItsBasis(fromAward, "5564c1a9-385c-4447-8da7-ec313a3dbb14")).isTrue();
        assertThat(RecognitionBasisCheck.lostItsBasis(discovered(), "5564c1a9-385c-4447-8da7-ec313a3dbb14"))
                .isFalse();
        assertThat(RecognitionBasisCheck.lostItsBasis(recognised(), "5564c1a9-385c-4447-8da7-ec313a3dbb14"))
                .isTrue();
    }
}
