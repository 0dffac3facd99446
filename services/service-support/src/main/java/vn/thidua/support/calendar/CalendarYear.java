package vn.thidua.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The announced calendar of one year: public holidays, extra days off and make-up working days, each citing the
 * text it comes from (a key of {@link #sources}). The constructor refuses inconsistent data, so a typo in a data
 * file fails at start-up instead of moving a deadline.
 *
 * @param year               the Gregorian year every listed date belongs to
 * @param scope              whom the calendar applies to (civil servants with Saturday and Sunday off)
 * @param sources            short key → full citation of the official text
 * @param holidays           the statutory holidays (Labour Code art. 112), including those falling on a weekend
 * @param daysOff            weekdays off that are not holidays themselves: compensation days (nghỉ bù) and swapped
 *                           days (hoán đổi)
 * @param makeUpWorkingDays  weekend days worked in exchange for a swapped day off (làm bù)
 * @param note               how the data was established and anything not verified; may be {@code null}
 */
public record CalendarYear(int year, String scope, Map<String, String> sources, List<Holiday> holidays,
                           List<DayOff> daysOff, List<MakeUpDay> makeUpWorkingDays, String note) {

    /** A public holiday, e.g. "Tết Nguyên đán". */
    public record Holiday(LocalDate date, String name, String source) {
    }

    /**
     * A weekday off that is not itself a holiday.
     *
     * @param swappedWith the make-up working day it was exchanged for, or {@code null} for a compensation day
     */
    public record DayOff(LocalDate date, String name, String source, LocalDate swappedWith) {
    }

    /** A Saturday or Sunday worked to pay back a swapped day off. */
    public record MakeUpDay(LocalDate date, String name, String source) {
    }

    public CalendarYear {
        if (year < 1900 || year > 9999) {
            throw invalid(year, "năm không hợp lệ");
        }
        requireText(year, scope, "phạm vi áp dụng (scope)");
        sources = Map.copyOf(Objects.requireNonNull(sources, () -> message(year, "thiếu danh sách nguồn (sources)")));
        holidays = List.copyOf(Objects.requireNonNull(holidays, () -> message(year, "thiếu danh sách ngày lễ (holidays)")));
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
        if (holidays.isEmpty()) {
            throw invalid(year, "danh sách ngày lễ trống");
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            requireText(year, source.getValue(), "nội dung nguồn " + source.getKey());
        }

        Set<LocalDate> seen = new HashSet<>();
        for (Holiday holiday : holidays) {
            checkEntry(year, sources, seen, holiday.date(), holiday.name(), holiday.source());
        }
        Set<LocalDate> makeUpDates = new HashSet<>();
        for (MakeUpDay makeUp : makeUpWorkingDays) {
            checkEntry(year, sources, seen, makeUp.date(), makeUp.name(), makeUp.source());
            if (!isWeekend(makeUp.date())) {
                throw invalid(year, "ngày làm bù " + makeUp.date() + " không phải thứ Bảy hay Chủ nhật");
            }
            makeUpDates.add(makeUp.date());
        }
        Set<LocalDate> paidBack = new HashSet<>();
        for (DayOff dayOff : daysOff) {
            checkEntry(year, sources, seen, dayOff.date(), dayOff.name(), dayOff.source());
            if (isWeekend(dayOff.date())) {
                throw invalid(year, "ngày nghỉ " + dayOff.date() + " đã là ngày nghỉ hằng tuần");
            }
            LocalDate swappedWith = dayOff.swappedWith();
            // A swap may reach into the neighbouring year (off on 31 Dec, worked in January); only same-year
            // partners can be checked here, the others are checked when the years are put together.
            if (swappedWith != null && swappedWith.getYear() == year) {
                if (!makeUpDates.contains(swappedWith)) {
                    throw invalid(year, "ngày nghỉ hoán đổi " + dayOff.date() + " trỏ tới " + swappedWith
                            + " không có trong danh sách ngày làm bù");
                }
                if (!paidBack.add(swappedWith)) {
                    throw invalid(year, "ngày làm bù " + swappedWith + " được dùng cho hai ngày nghỉ");
                }
            }
        }
    }

    private static void checkEntry(int year, Map<String, String> sources, Set<LocalDate> seen, LocalDate date,
                                   String name, String source) {
        if (date == null) {
            throw invalid(year, "có mục thiếu ngày (date)");
        }
        if (date.getYear() != year) {
            throw invalid(year, "ngày " + date + " không thuộc năm " + year);
        }
        if (!seen.add(date)) {
            throw invalid(year, "ngày " + date + " được liệt kê hai lần");
        }
        requireText(year, name, "tên của ngày " + date);
        requireText(year, source, "nguồn của ngày " + date);
        if (!sources.containsKey(source)) {
            throw invalid(year, "ngày " + date + " dẫn nguồn \"" + source + "\" không có trong sources");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void requireText(int year, String value, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(year, "thiếu " + what);
        }
    }

    private static IllegalArgumentException invalid(int year, String problem) {
        return new IllegalArgumentException(message(year, problem));
    }

    private static String message(int year, String problem) {
        return "Dữ liệu lịch làm việc năm " + year + " không hợp lệ: " + problem + ".";
    }
}
