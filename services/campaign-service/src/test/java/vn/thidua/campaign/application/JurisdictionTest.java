package vn.thidua.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

class JurisdictionTest {

    private static Unit unit(String code, String... path) {
        return new Unit(code, "19", code, UnitKind.COMMUNE, path.length == 0 ? null : path[path.length - 1],
                List.of(path), LocalDate.of(2025, 7, 1), null, List.of(), List.of(), Instant.EPOCH, "a", 1);
    }

    private static final Unit PROVINCE = unit("UBND-TN");
    private static final Unit DEPARTMENT = unit("SNV-TN", "UBND-TN");
    private static final Unit COMMUNE = unit("XA-PHUONG-TIEN", "UBND-TN");
    private static final Unit SCHOOL = unit("TRUONG-TH-PHUONG-TIEN", "UBND-TN", "XA-PHUONG-TIEN");
    private static final Unit OTHER_COMMUNE = unit("XA-BINH-THANH", "UBND-TN");

    private static CurrentUser user(String unit, Role... roles) {
        return new CurrentUser("u", "u", Set.of(roles), unit);
    }

    @Test
    void anOfficerActsForTheirUnitAndWhatIsBelowItOnly() {
        var officer = user("XA-PHUONG-TIEN", Role.UNIT_OFFICER);

        assertThat(Jurisdiction.actsFor(officer, COMMUNE, "XA-PHUONG-TIEN", COMMUNE)).isTrue();
        assertThat(Jurisdiction.actsFor(officer, COMMUNE, SCHOOL.code(), SCHOOL)).isTrue();
        assertThat(Jurisdiction.actsFor(officer, COMMUNE, OTHER_COMMUNE.code(), OTHER_COMMUNE)).isFalse();
        assertThat(Jurisdiction.actsFor(officer, COMMUNE, "UBND-TN", PROVINCE)).isFalse();
    }

    @Test
    void theCommendationOfficeActsForTheCommitteeItsDepartmentBelongsTo() {
        var reviewer = user("SNV-TN", Role.REVIEWER);
        var officerOfTheDepartment = user("SNV-TN", Role.UNIT_OFFICER);

        assertThat(Jurisdiction.actsFor(reviewer, DEPARTMENT, "UBND-TN", PROVINCE)).isTrue();
        assertThat(Jurisdiction.actsFor(reviewer, DEPARTMENT, SCHOOL.code(), SCHOOL)).isTrue();
        assertThat(Jurisdiction.actsFor(officerOfTheDepartment, DEPARTMENT, "UBND-TN", PROVINCE)).isFalse();
        assertThat(Jurisdiction.actsFor(reviewer, null, "UBND-TN", PROVINCE)).as("unregistered office").isFalse();
    }

    @Test
    void otherRolesActForNobodyAndAdministratorsForEverybody() {
        assertThat(Jurisdiction.actsFor(user("XA-PHUONG-TIEN", Role.EDITOR), COMMUNE, "XA-PHUONG-TIEN", COMMUNE))
                .isFalse();
        assertThat(Jurisdiction.actsFor(user("UBND-TN", Role.ADMIN), null, "XA-BINH-THANH", null)).isTrue();
        assertThat(Jurisdiction.actsFor(null, null, "XA-BINH-THANH", null)).isFalse();
    }

    @Test
    void anUnregisteredUnitIsActedForOnlyByItsOwnOfficers() {
        assertThat(Jurisdiction.actsFor(user("XA-MOI", Role.UNIT_OFFICER), null, "XA-MOI", null)).isTrue();
        assertThat(Jurisdiction.actsFor(user("UBND-TN", Role.UNIT_OFFICER), PROVINCE, "XA-MOI", null)).isFalse();
    }
}
