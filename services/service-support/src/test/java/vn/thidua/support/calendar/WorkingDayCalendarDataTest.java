package vn.thidua.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled yearly files: that they parse, and that what they say is plausible for Vietnam's calendar. */
class WorkingDayCalendarDataTest {

    static List<Integer> bundledYears() {
        return BundledCalendarData.indexedYears();
    }

    @Test
    void everyYearFileInTheFolderIsListedInTheIndex() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource("calendar");
        assertThat(folder).isNotNull();
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            paths.map(p -> p.getFileName().toString()).filter(n -> n.matches("vn-\\d{4}\\.json")).forEach(files::add);
        }
        List<String> indexed = bundledYears().stream().map(y -> "vn-" + y + ".json").toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(indexed);
    }

    @Test
    void theBundledYearsAre2024To2026() {
        assertThat(bundledYears()).containsExactly(2024, 2025, 2026);
    }

    @ParameterizedTest
    @MethodSource("bundledYears")
    void everyFileParsesAndEveryListedDateIsInItsOwnYear(int year) {
        CalendarYear data = BundledCalendarData.load(year);
        assertThat(data.year()).isEqualTo(year);
        data.holidays().forEach(h -> assertThat(h.date().getYear()).as(h.toString()).isEqualTo(year));
        data.daysOff().forEach(d -> assertThat(d.date().getYear()).as(d.toString()).isEqualTo(year));
        data.makeUpWorkingDays().forEach(m -> assertThat(m.date().getYear()).as(m.toString()).isEqualTo(year));
    }

    @ParameterizedTest
    @MethodSource("bundledYears")
    void everyEntryHasANameAndACitedSource(int year) {
        CalendarYear data = BundledCalendarData.load(year);
        Map<String, String> sources = data.sources();
        data.holidays().forEach(h -> {
            assertThat(h.name()).as(h.toString()).isNotBlank();
            assertThat(sources).as(h.toString()).containsKey(h.source());
        });
        data.daysOff().forEach(d -> {
            assertThat(d.name()).as(d.toString()).isNotBlank();
            assertThat(sources).as(d.toString()).containsKey(d.source());
        });
        data.makeUpWorkingDays().forEach(m -> {
            assertThat(m.name()).as(m.toString()).isNotBlank();
            assertThat(sources).as(m.toString()).containsKey(m.source());
        });
        assertThat(data.note()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bundledYears")
    void everyYearHasTheElevenStatutoryHolidays(int year) {
        // Labour Code art. 112: 1 Tết Dương lịch, 5 Tết Nguyên đán, 1 Giỗ Tổ, 30/4, 1/5, 2/9 and one adjacent day
        List<CalendarYear.Holiday> holidays = BundledCalendarData.load(year).holidays();
        assertThat(holidays).hasSize(11);
        assertThat(holidays).filteredOn(h -> h.name().equals("Tết Nguyên đán")).hasSize(5);
        assertThat(holidays).filteredOn(h -> h.name().equals("Giỗ Tổ Hùng Vương")).hasSize(1);
        assertThat(holidays).filteredOn(h -> h.name().equals("Quốc khánh")).hasSize(2)
                .anySatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(year, 9, 2)));
        assertThat(holidays).anySatisfy(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(h.name()).isEqualTo("Tết Dương lịch");
        });
        assertThat(holidays).anySatisfy(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(year, 4, 30));
            assertThat(h.name()).isEqualTo("Ngày Chiến thắng");
        });
        assertThat(holidays).anySatisfy(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(year, 5, 1));
            assertThat(h.name()).isEqualTo("Quốc tế Lao động");
        });
    }

    @ParameterizedTest
    @MethodSource("bundledYears")
    void tetNguyenDanIsFiveConsecutiveDaysBetweenLateJanuaryAndLateFebruary(int year) {
        List<LocalDate> tet = BundledCalendarData.load(year).holidays().stream()
                .filter(h -> h.name().equals("Tết Nguyên đán")).map(CalendarYear.Holiday::date).sorted().toList();
        assertThat(tet.get(0)).isBetween(LocalDate.of(year, 1, 19), LocalDate.of(year, 2, 20));
        for (int i = 1; i < tet.size(); i++) {
            assertThat(tet.get(i)).isEqualTo(tet.get(i - 1).plusDays(1));
        }
    }

    @ParameterizedTest
    @MethodSource("bundledYears")
    void everySwappedDayOffIsPaidBackByAMakeUpWeekendDay(int year) {
        CalendarYear data = BundledCalendarData.load(year);
        List<LocalDate> paidBack = data.daysOff().stream()
                .map(CalendarYear.DayOff::swappedWith).filter(d -> d != null).toList();
        assertThat(paidBack).containsExactlyInAnyOrderElementsOf(
                data.makeUpWorkingDays().stream().map(CalendarYear.MakeUpDay::date).toList());
        data.makeUpWorkingDays().forEach(m ->
                assertThat(m.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void theAnnouncedBreaksAreInTheData() {
        WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
        assertThat(calendar.year(2024).daysOff()).extracting(CalendarYear.DayOff::date)
                .contains(LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14), LocalDate.of(2024, 4, 29));
        assertThat(calendar.year(2025).makeUpWorkingDays()).extracting(CalendarYear.MakeUpDay::date)
                .containsExactly(LocalDate.of(2025, 4, 26));
        assertThat(calendar.year(2026).holidays()).extracting(CalendarYear.Holiday::date)
                .contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 26));
    }

    // --- the validation that protects the files

    private static CalendarYear.Holiday holiday(String date) {
        return new CalendarYear.Holiday(LocalDate.parse(date), "Tết Dương lịch", "law");
    }

    @Test
    void aDateOutsideItsYearIsRefused() {
        assertThatThrownBy(() -> new CalendarYear(2025, "công chức", Map.of("law", "Bộ luật Lao động"),
                List.of(holiday("2024-01-01")), List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-01 không thuộc năm 2025");
    }

    @Test
    void anUnknownSourceIsRefused() {
        assertThatThrownBy(() -> new CalendarYear(2025, "công chức", Map.of("other", "x"),
                List.of(holiday("2025-01-01")), List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("law");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefused() {
        assertThatThrownBy(() -> new CalendarYear(2025, "công chức", Map.of("law", "Bộ luật Lao động"),
                List.of(holiday("2025-01-01")), List.of(),
                List.of(new CalendarYear.MakeUpDay(LocalDate.parse("2025-04-25"), "Làm bù", "law")), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-04-25");
    }

    @Test
    void aSwapWithoutItsMakeUpDayIsRefused() {
        assertThatThrownBy(() -> new CalendarYear(2025, "công chức", Map.of("law", "Bộ luật Lao động"),
                List.of(holiday("2025-01-01")),
                List.of(new CalendarYear.DayOff(LocalDate.parse("2025-05-02"), "Nghỉ hoán đổi", "law",
                        LocalDate.parse("2025-04-26"))),
                List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-04-26");
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        CalendarYear year = BundledCalendarData.load(2025);
        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(year, year), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025");
    }
}
