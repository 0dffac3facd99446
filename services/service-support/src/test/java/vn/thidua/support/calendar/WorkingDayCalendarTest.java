package vn.thidua.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // --- Tết: 10 working days from the last working day before the break skip the whole break

    @Test
    void tenWorkingDaysFromJustBeforeTet2024SkipTheBreakFrom8To14February() {
        assertThat(calendar.addWorkingDays(date("2024-02-07"), 1)).isEqualTo(date("2024-02-15"));
        assertThat(calendar.addWorkingDays(date("2024-02-07"), 10)).isEqualTo(date("2024-02-28"));
    }

    @Test
    void tenWorkingDaysFromJustBeforeTet2025SkipTheBreakFrom25JanuaryTo2February() {
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-02-03"));
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 10)).isEqualTo(date("2025-02-14"));
    }

    @Test
    void tenWorkingDaysFromJustBeforeTet2026SkipTheBreakFrom14To22February() {
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 10)).isEqualTo(date("2026-03-06"));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-02-08, 2024-02-14",
            "2025-01-25, 2025-02-02",
            "2026-02-14, 2026-02-22",
    })
    void noDayOfATetBreakIsAWorkingDay(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(first.minusDays(1))).isTrue();
        assertThat(calendar.isWorkingDay(last.plusDays(1))).isTrue();
    }

    // --- make-up Saturdays count

    @ParameterizedTest
    @CsvSource({"2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22"})
    void makeUpSaturdayIsAWorkingDay(LocalDate saturday) {
        assertThat(saturday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.holidayName(saturday)).isEmpty();
    }

    @Test
    void makeUpSaturdayCountsTowardsADeadline() {
        // Thu 24 Apr 2025 + 2: Fri 25, then the make-up Saturday 26
        assertThat(calendar.addWorkingDays(date("2025-04-24"), 2)).isEqualTo(date("2025-04-26"));
        assertThat(calendar.addWorkingDays(date("2024-05-03"), 1)).isEqualTo(date("2024-05-04"));
    }

    @Test
    void anOrdinarySaturdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2025-04-19"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2025-04-18"), 1)).isEqualTo(date("2025-04-21"));
    }

    // --- swapped and compensation days do not count

    @Test
    void swappedMonday29April2024IsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2024-04-29"))).isFalse();
        assertThat(calendar.holidayName(date("2024-04-29"))).contains("Nghỉ hoán đổi dịp 30/4 và 1/5");
        // Fri 26 Apr + 1 skips the weekend, the swapped Monday, 30/4 and 1/5
        assertThat(calendar.addWorkingDays(date("2024-04-26"), 1)).isEqualTo(date("2024-05-02"));
    }

    @Test
    void swappedFriday2May2025IsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2025-05-02"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2025-04-29"), 1)).isEqualTo(date("2025-05-05"));
    }

    @Test
    void swappedDaysOf2026AreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(date("2026-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-08-31"))).isFalse();
        // Fri 28 Aug 2026 + 1: weekend, swapped Monday, Quốc khánh on Tue 1 and Wed 2 Sep
        assertThat(calendar.addWorkingDays(date("2026-08-28"), 1)).isEqualTo(date("2026-09-03"));
    }

    @Test
    void hungKingsDayOnSunday2026GivesMonday27AprilOff() {
        assertThat(calendar.holidayName(date("2026-04-26"))).contains("Giỗ Tổ Hùng Vương");
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
        assertThat(calendar.holidayName(date("2026-04-27"))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
        // Fri 24 Apr + 3: Tue 28, Wed 29, then 30/4 and 1/5 are holidays, so Mon 4 May
        assertThat(calendar.addWorkingDays(date("2026-04-24"), 3)).isEqualTo(date("2026-05-04"));
    }

    // --- where the count starts

    @Test
    void oneWorkingDayAfterAFridayIsTheNextMonday() {
        assertThat(calendar.addWorkingDays(date("2025-03-07"), 1)).isEqualTo(date("2025-03-10"));
    }

    @Test
    void countFromASaturdayStartsOnMonday() {
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 1)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 5)).isEqualTo(date("2025-03-14"));
    }

    @Test
    void countFromASundayStartsOnMonday() {
        assertThat(calendar.addWorkingDays(date("2025-03-09"), 1)).isEqualTo(date("2025-03-10"));
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2025-03-10"), 1)).isEqualTo(date("2025-03-11"));
    }

    @Test
    void countFromAHolidayStartsOnTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2025-01-01"), 1)).isEqualTo(date("2025-01-02"));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 0)).isEqualTo(date("2025-03-08"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2025-03-10"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void countCrossesFromOneCoveredYearIntoTheNext() {
        // Tue 30 Dec 2025 + 2: Wed 31, then 1 Jan (holiday), 2 Jan (swapped), weekend, Mon 5 Jan 2026
        assertThat(calendar.addWorkingDays(date("2025-12-30"), 2)).isEqualTo(date("2026-01-05"));
    }

    // --- counting between two dates

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        assertThat(calendar.workingDaysBetween(date("2025-03-10"), date("2025-03-14"))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(date("2025-03-07"), date("2025-03-10"))).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenTheSameDayIsZero() {
        assertThat(calendar.workingDaysBetween(date("2025-03-10"), date("2025-03-10"))).isZero();
    }

    @Test
    void workingDaysBetweenAcrossTetCountsNoDayOfTheBreak() {
        assertThat(calendar.workingDaysBetween(date("2024-02-07"), date("2024-02-28"))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-22"))).isZero();
    }

    @Test
    void workingDaysBetweenCountsTheMakeUpSaturday() {
        // (Thu 24 Apr, Sun 4 May 2025]: Fri 25, Sat 26 (make-up), Mon 28, Tue 29; 30/4, 1/5 and 2/5 are off
        assertThat(calendar.workingDaysBetween(date("2025-04-24"), date("2025-05-04"))).isEqualTo(4);
    }

    @Test
    void workingDaysBetweenBackwardsIsNegative() {
        assertThat(calendar.workingDaysBetween(date("2024-02-28"), date("2024-02-07"))).isEqualTo(-10);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        for (String start : new String[] {"2024-02-02", "2024-04-25", "2025-01-20", "2025-04-24", "2026-08-20"}) {
            for (int n = 0; n <= 25; n++) {
                LocalDate due = calendar.addWorkingDays(date(start), n);
                assertThat(calendar.workingDaysBetween(date(start), due)).as(start + " + " + n).isEqualTo(n);
            }
        }
    }

    // --- names

    @Test
    void holidayNamesAreTheVietnamesePublicHolidays() {
        assertThat(calendar.holidayName(date("2025-01-01"))).contains("Tết Dương lịch");
        assertThat(calendar.holidayName(date("2025-01-29"))).contains("Tết Nguyên đán");
        assertThat(calendar.holidayName(date("2025-04-07"))).contains("Giỗ Tổ Hùng Vương");
        assertThat(calendar.holidayName(date("2025-04-30"))).contains("Ngày Chiến thắng");
        assertThat(calendar.holidayName(date("2025-05-01"))).contains("Quốc tế Lao động");
        assertThat(calendar.holidayName(date("2025-09-02"))).contains("Quốc khánh");
        assertThat(calendar.holidayName(date("2024-02-13"))).contains("Nghỉ bù Tết Nguyên đán");
    }

    @Test
    void anOrdinaryDayHasNoHolidayName() {
        assertThat(calendar.holidayName(date("2025-03-10"))).isEmpty();
        assertThat(calendar.holidayName(date("2025-03-08"))).isEmpty();
    }

    // --- instants and today

    @Test
    void anInstantLateInTheUtcEveningIsAlreadyTheNextDayInVietnam() {
        assertThat(WorkingDayCalendar.dateInVietnam(Instant.parse("2024-01-31T23:30:00Z")))
                .isEqualTo(date("2024-02-01"));
        assertThat(WorkingDayCalendar.dateInVietnam(Instant.parse("2024-01-31T16:59:59Z")))
                .isEqualTo(date("2024-01-31"));
    }

    @Test
    void deadlineFromAnInstantCountsFromTheVietnameseDate() {
        // 23:59:59 on Thu 6 Feb 2025 in Vietnam: one working day later is Fri 7 Feb
        assertThat(calendar.deadline(Instant.parse("2025-02-06T16:59:59Z"), 1)).isEqualTo(date("2025-02-07"));
        // one second later it is Fri 7 Feb in Vietnam (still Thursday in UTC): due Mon 10 Feb
        assertThat(calendar.deadline(Instant.parse("2025-02-06T17:00:00Z"), 1)).isEqualTo(date("2025-02-10"));
    }

    @Test
    void deadlineFromAnInstantOnNewYearsEveUtcIsCountedFromNewYearsDayInVietnam() {
        // 17:30 UTC on 31 Dec 2025 is 00:30 on 1 Jan 2026 in Vietnam; 2 Jan is swapped, 3-4 the weekend
        assertThat(calendar.deadline(Instant.parse("2025-12-31T17:30:00Z"), 1)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void todayUsesTheVietnameseDateOfTheInjectedClock() {
        Clock lateUtcEvening = Clock.fixed(Instant.parse("2025-12-31T17:30:00Z"), ZoneOffset.UTC);
        assertThat(WorkingDayCalendar.vietnam(lateUtcEvening).today()).isEqualTo(date("2026-01-01"));
    }

    @Test
    void todayIgnoresTheZoneTheClockCarries() {
        Clock newYork = Clock.fixed(Instant.parse("2025-12-31T17:30:00Z"), ZoneId.of("America/New_York"));
        assertThat(calendar.withClock(newYork).today()).isEqualTo(date("2026-01-01"));
    }

    // --- years without data

    @Test
    void aYearWithoutDataIsRefusedWithAVietnameseMessage() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2023-12-29")))
                .isInstanceOf(CalendarYearNotCoveredException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("năm 2023")
                .hasMessageContaining("chưa có dữ liệu")
                .satisfies(e -> assertThat(((CalendarYearNotCoveredException) e).year()).isEqualTo(2023));
    }

    @Test
    void holidayNameOfAYearWithoutDataIsRefused() {
        assertThatThrownBy(() -> calendar.holidayName(date("2030-01-01")))
                .isInstanceOf(CalendarYearNotCoveredException.class);
    }

    @Test
    void aCountRunningIntoAYearWithoutDataIsRefused() {
        int lastYear = calendar.coveredYears().last();
        LocalDate nearTheEnd = LocalDate.of(lastYear, 12, 28);
        assertThatThrownBy(() -> calendar.addWorkingDays(nearTheEnd, 10))
                .isInstanceOf(CalendarYearNotCoveredException.class)
                .hasMessageContaining("năm " + (lastYear + 1));
    }

    @Test
    void workingDaysBetweenAcrossAYearWithoutDataIsRefused() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(date("2023-12-20"), date("2024-01-10")))
                .isInstanceOf(CalendarYearNotCoveredException.class);
    }

    @Test
    void coveredYearsAreTheBundledOnes() {
        assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2023)).isFalse();
    }
}
