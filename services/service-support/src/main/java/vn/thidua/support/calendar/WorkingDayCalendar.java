package vn.thidua.support.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days of Vietnam's public sector: Monday to Friday, except public holidays and announced days off, plus
 * announced make-up Saturdays. Immutable and thread-safe.
 *
 * <p>Counting rule: a time limit of {@code n} working days starts on the day <em>after</em> the triggering act
 * (the filing, the decision), as in Civil Code art. 147; the act's own day never counts, whether or not it is a
 * working day. The deadline is the {@code n}-th working day after that day, so a filing on a Friday with a limit of
 * one working day is due on the following Monday (if that Monday is a working day).
 *
 * <p>Every question about a date checks that its year has data; a year without data raises
 * {@link CalendarYearNotCoveredException} rather than being taken as a year without holidays.
 */
public final class WorkingDayCalendar {

    /** The time zone in which every Vietnamese calendar date is reckoned. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final NavigableMap<Integer, CalendarYear> years;
    private final SortedSet<Integer> coveredYears;
    private final Map<LocalDate, String> namedDaysOff;
    private final Set<LocalDate> makeUpDays;
    private final Clock clock;

    private WorkingDayCalendar(NavigableMap<Integer, CalendarYear> years, Map<LocalDate, String> namedDaysOff,
                               Set<LocalDate> makeUpDays, Clock clock) {
        this.years = years;
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
        this.namedDaysOff = namedDaysOff;
        this.makeUpDays = makeUpDays;
        this.clock = clock;
    }

    /** The bundled official calendar (the years listed in {@code calendar/vn-years.json}), on the system clock. */
    public static WorkingDayCalendar vietnam() {
        return Bundled.CALENDAR;
    }

    /** The bundled official calendar, telling {@link #today()} by the given clock. */
    public static WorkingDayCalendar vietnam(Clock clock) {
        return Bundled.CALENDAR.withClock(clock);
    }

    /**
     * A calendar of the given years.
     *
     * @throws IllegalArgumentException if a year is given twice or a swap names a make-up day that the other
     *                                  covered year does not list
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> calendarYears, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        NavigableMap<Integer, CalendarYear> byYear = new TreeMap<>();
        Map<LocalDate, String> daysOff = new HashMap<>();
        Set<LocalDate> makeUps = new HashSet<>();
        for (CalendarYear year : calendarYears) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Năm " + year.year() + " được nạp hai lần vào lịch làm việc.");
            }
            year.holidays().forEach(h -> daysOff.put(h.date(), h.name()));
            year.daysOff().forEach(d -> daysOff.put(d.date(), d.name()));
            year.makeUpWorkingDays().forEach(m -> makeUps.add(m.date()));
        }
        for (CalendarYear year : byYear.values()) {
            for (CalendarYear.DayOff dayOff : year.daysOff()) {
                LocalDate partner = dayOff.swappedWith();
                if (partner != null && byYear.containsKey(partner.getYear()) && !makeUps.contains(partner)) {
                    throw new IllegalArgumentException("Ngày nghỉ hoán đổi " + dayOff.date() + " trỏ tới ngày làm bù "
                            + partner + " không có trong dữ liệu năm " + partner.getYear() + ".");
                }
            }
        }
        return new WorkingDayCalendar(Collections.unmodifiableNavigableMap(byYear), Map.copyOf(daysOff),
                Set.copyOf(makeUps), clock);
    }

    /** The same calendar telling {@link #today()} by another clock, e.g. a fixed one in tests. */
    public WorkingDayCalendar withClock(Clock clock) {
        return new WorkingDayCalendar(years, namedDaysOff, makeUpDays, Objects.requireNonNull(clock, "clock"));
    }

    /** The years this calendar has data for. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the calendar has data for the year. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /**
     * The data of a year, with the sources of every entry.
     *
     * @throws CalendarYearNotCoveredException if the year has no data
     */
    public CalendarYear year(int year) {
        CalendarYear data = years.get(year);
        if (data == null) {
            throw new CalendarYearNotCoveredException(year, coveredYears);
        }
        return data;
    }

    /**
     * Whether public offices work on that day: a make-up Saturday is a working day, a holiday or a day off
     * falling on a weekday is not.
     *
     * @throws CalendarYearNotCoveredException if the date's year has no data
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (makeUpDays.contains(date)) {
            return true;
        }
        if (namedDaysOff.containsKey(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The name of the holiday or announced day off on that date (e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng
     * Vương"); empty for ordinary days, plain weekends and make-up days.
     *
     * @throws CalendarYearNotCoveredException if the date's year has no data
     */
    public Optional<String> holidayName(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(namedDaysOff.get(date));
    }

    /**
     * The deadline {@code workingDays} working days after {@code start}: the {@code workingDays}-th working day
     * strictly after {@code start} (see the counting rule above). Zero gives {@code start} itself.
     *
     * @throws IllegalArgumentException        if {@code workingDays} is negative
     * @throws CalendarYearNotCoveredException if the count reaches a year without data
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("Số ngày làm việc phải không âm, nhận được " + workingDays + ".");
        }
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days in {@code (fromExclusive, toInclusive]}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. If {@code toInclusive} is before
     * {@code fromExclusive} the result is the negated count the other way round (e.g. days overdue).
     *
     * @throws CalendarYearNotCoveredException if the interval touches a year without data
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Today's date in Vietnam by this calendar's clock, whatever zone the clock itself carries. */
    public LocalDate today() {
        return dateInVietnam(clock.instant());
    }

    /** The Vietnamese calendar date of an instant: 23:30 UTC on 31 January is already 1 February in Vietnam. */
    public static LocalDate dateInVietnam(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), VIETNAM);
    }

    /**
     * The deadline of an act that happened at an instant: its Vietnamese date, then {@link #addWorkingDays}.
     *
     * @throws CalendarYearNotCoveredException if the count reaches a year without data
     */
    public LocalDate deadline(Instant actedAt, int workingDays) {
        return addWorkingDays(dateInVietnam(actedAt), workingDays);
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!years.containsKey(date.getYear())) {
            throw new CalendarYearNotCoveredException(date.getYear(), coveredYears);
        }
    }

    // Parsed once, on first use, and shared: the calendar is immutable.
    private static final class Bundled {
        static final WorkingDayCalendar CALENDAR = of(BundledCalendarData.loadAll(), Clock.systemUTC());
    }
}
