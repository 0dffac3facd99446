package vn.thidua.campaign.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

class UnitTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    static Unit unit(String code, String name, UnitKind kind, Unit parent, LocalDate from, LocalDate to,
                     String... successors) {
        var definition = new UnitDefinition(name, kind, parent == null ? null : parent.code(), from, to,
                List.of(successors)).normalised(code);
        return Unit.create(code, "19", definition, parent, NOW, "admin");
    }

    private final Unit province = unit("UBND-TN", "UBND tỉnh Thái Nguyên", UnitKind.PROVINCE, null,
            LocalDate.of(1997, 1, 1), null);
    private final Unit district = unit("UBND-DINH-HOA", "UBND huyện Định Hóa", UnitKind.DISTRICT, province,
            LocalDate.of(1997, 1, 1), REFORM.minusDays(1), "XA-PHUONG-TIEN");
    private final Unit oldCommune = unit("XA-PHU-TIEN", "UBND xã Phú Tiến", UnitKind.COMMUNE, district,
            LocalDate.of(1997, 1, 1), REFORM.minusDays(1), "XA-PHUONG-TIEN");
    private final Unit newCommune = unit("XA-PHUONG-TIEN", "UBND xã Phượng Tiến", UnitKind.COMMUNE, province,
            REFORM, null);

    @Test
    void theTreeOnTheLastDayBeforeTheReformStillHasTheDistrict() {
        var before = UnitTree.asOf(List.of(province, district, oldCommune, newCommune), REFORM.minusDays(1));

        assertThat(before).hasSize(1);
        assertThat(before.get(0).children()).extracting(node -> node.unit().code()).containsExactly("UBND-DINH-HOA");
        assertThat(before.get(0).children().get(0).children()).extracting(node -> node.unit().code())
                .containsExactly("XA-PHU-TIEN");
    }

    @Test
    void theTreeOnTheReformDayHasTheMergedCommuneDirectlyUnderTheProvince() {
        var after = UnitTree.asOf(List.of(province, district, oldCommune, newCommune), REFORM);

        assertThat(after.get(0).children()).extracting(node -> node.unit().code()).containsExactly("XA-PHUONG-TIEN");
    }

    @Test
    void aUnitKnowsItsPathAndWhatIsAboveIt() {
        assertThat(oldCommune.path()).containsExactly("UBND-TN", "UBND-DINH-HOA");
        assertThat(oldCommune.isWithin("UBND-TN")).isTrue();
        assertThat(oldCommune.isWithin("XA-PHU-TIEN")).isTrue();
        assertThat(province.isWithin("XA-PHU-TIEN")).isFalse();
    }

    @Test
    void validToIsInclusive() {
        assertThat(district.validOn(REFORM.minusDays(1))).isTrue();
        assertThat(district.validOn(REFORM)).isFalse();
        assertThat(newCommune.validOn(REFORM.minusDays(1))).isFalse();
    }

    @Test
    void onlyAnEndedUnitHasSuccessorsAndItsDatesMustBeInOrder() {
        var broken = new UnitDefinition(" ", null, "xa thuong", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1),
                List.of("XA-PHU-TIEN", "bad code"));

        assertThatThrownBy(() -> broken.normalised("XA-PHU-TIEN"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "kind", "parentCode", "validTo", "successorCodes[0]",
                                "successorCodes[1]"));
        var successorsOfALivingUnit = new UnitDefinition("Xã A", UnitKind.COMMUNE, null, LocalDate.of(2025, 1, 1),
                null, List.of("XA-B"));
        assertThatThrownBy(() -> successorsOfALivingUnit.normalised("XA-A"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field).containsExactly("successorCodes"));
    }

    @Test
    void aDistrictEndsOnTheLastDayBeforeTheReformAtTheLatest() {
        var lastDay = new UnitDefinition("UBND huyện Phú Lương", UnitKind.DISTRICT, "UBND-TN", LocalDate.of(1997, 1, 1),
                REFORM.minusDays(1), List.of());
        assertThat(lastDay.normalised("UBND-PHU-LUONG").validTo()).isEqualTo(REFORM.minusDays(1));

        for (LocalDate end : new LocalDate[] {REFORM, null}) {
            var tooLate = new UnitDefinition("UBND huyện Phú Lương", UnitKind.DISTRICT, "UBND-TN",
                    LocalDate.of(1997, 1, 1), end, List.of());
            assertThatThrownBy(() -> tooLate.normalised("UBND-PHU-LUONG"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldProblem::field).containsExactly("validTo"));
        }
    }

    @Test
    void aUnitCannotBePlacedUnderItsOwnSubUnit() {
        var underItsChild = new UnitDefinition("UBND huyện Định Hóa", UnitKind.DISTRICT, "XA-PHU-TIEN",
                LocalDate.of(1997, 1, 1), REFORM.minusDays(1), List.of()).normalised("UBND-DINH-HOA");

        assertThatThrownBy(() -> district.redefine(underItsChild, oldCommune, true, NOW, "admin"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isIn("unit-cycle", "unit-has-sub-units"));
        assertThatThrownBy(() -> district.redefine(underItsChild, oldCommune, false, NOW, "admin"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("unit-cycle"));
    }

    @Test
    void aUnitWithSubUnitsIsNotMovedButARenameIsFine() {
        var moved = new UnitDefinition("UBND huyện Định Hóa", UnitKind.DISTRICT, null, LocalDate.of(1997, 1, 1),
                REFORM.minusDays(1), List.of()).normalised("UBND-DINH-HOA");
        assertThatThrownBy(() -> district.redefine(moved, null, true, NOW, "admin"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("unit-has-sub-units"));

        var renamed = new UnitDefinition("Ủy ban nhân dân huyện Định Hóa", UnitKind.DISTRICT, "UBND-TN",
                LocalDate.of(1997, 1, 1), REFORM.minusDays(1), List.of()).normalised("UBND-DINH-HOA");
        assertThat(district.redefine(renamed, province, true, NOW, "admin").version()).isEqualTo(2);
    }

    @Test
    void theEventCarriesTheWholeUnitWithItsPathAndPredecessors() {
        var counted = newCommune.withHeadcount(2025, 42, NOW, "officer").withHeadcount(2025, 44, NOW, "officer");

        var event = counted.upserted(List.of(province), List.of("XA-PHU-TIEN"));

        assertThat(event.aggregateVersion()).isEqualTo(3);
        assertThat(event.unitId()).isEqualTo(newCommune.unitId());
        assertThat(event.parent()).isEqualTo(new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"));
        assertThat(event.path()).extracting(UnitRef::code).containsExactly("UBND-TN", "XA-PHUONG-TIEN");
        assertThat(event.membersIn(2025)).isEqualTo(44);
        assertThat(event.predecessorCodes()).containsExactly("XA-PHU-TIEN");
        assertThat(ContractSchemas.violations(event)).isEmpty();
        assertThat(ContractSchemas.violations(province.upserted(List.of(), List.of()))).isEmpty();
    }
}
