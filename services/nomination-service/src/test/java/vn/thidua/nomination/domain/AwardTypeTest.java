package vn.thidua.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.support.problem.BusinessRuleException;

/** A new legal basis adds a version; a nomination is judged by the version in force on its reference date. */
class AwardTypeTest {

    private final AwardType grassroots = Catalogue.bundled().get("CHIEN_SI_THI_DUA_CO_SO");

    @Test
    void theVersionInForceOnADateDecides() {
        assertThat(grassroots.versionOn(LocalDate.of(2023, 12, 31)).orElseThrow().number()).isEqualTo(1);
        assertThat(grassroots.versionOn(LocalDate.of(2024, 1, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(grassroots.versionOn(LocalDate.of(2025, 6, 30)).orElseThrow().authority())
                .startsWith("Chủ tịch UBND cấp huyện");
        assertThat(grassroots.versionOn(LocalDate.of(2025, 7, 1)).orElseThrow().authority())
                .startsWith("Chủ tịch UBND cấp xã");
        assertThat(grassroots.versionOn(LocalDate.of(2017, 7, 30))).isEmpty();
    }

    @Test
    void aNewLegalBasisClosesTheCurrentVersionTheDayBefore() {
        AwardTypeVersion current = grassroots.latest();
        var tighter = new EligibilityRule(null, "LAO_DONG_TIEN_TIEN", null, current.rule().initiative(), null, null,
                null, null, new EligibilityRule.Quota("LAO_DONG_TIEN_TIEN", 10));
        var next = new AwardTypeVersion(0, current.name(), current.category(), current.subjectKind(), current.level(),
                current.authority(), current.timingTypes(), tighter, 50, true, 0,
                "Quyết định của UBND tỉnh Thái Nguyên về tỷ lệ Chiến sĩ thi đua cơ sở", LocalDate.of(2026, 1, 1), null);
        AwardType extended = grassroots.withVersion(next);
        assertThat(extended.versions()).hasSize(4);
        assertThat(extended.versionOn(LocalDate.of(2025, 12, 31)).orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(extended.versionOn(LocalDate.of(2026, 1, 1)).orElseThrow().rule().quota().percent()).isEqualTo(10);
        assertThat(extended.latest().number()).isEqualTo(4);
        assertThat(extended.version()).isEqualTo(grassroots.version() + 1);

        var backdated = new AwardTypeVersion(0, current.name(), current.category(), current.subjectKind(),
                current.level(), current.authority(), current.timingTypes(), tighter, 50, true, 0, "x",
                LocalDate.of(2025, 7, 1), null);
        assertThatThrownBy(() -> grassroots.withVersion(backdated)).isInstanceOf(BusinessRuleException.class);
    }
}
