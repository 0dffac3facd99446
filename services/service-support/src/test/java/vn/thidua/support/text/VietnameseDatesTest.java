package vn.thidua.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void writesTheDayWithTwoDigitsAndTheMonthWithout() {
        assertThat(VietnameseDates.official(LocalDate.of(2021, 3, 8))).isEqualTo("08/3/2021");
        assertThat(VietnameseDates.official(LocalDate.of(2021, 1, 22))).isEqualTo("22/1/2021");
        assertThat(VietnameseDates.official(LocalDate.of(2030, 12, 31))).isEqualTo("31/12/2030");
    }
}
