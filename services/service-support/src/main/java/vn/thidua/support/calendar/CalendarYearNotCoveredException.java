package vn.thidua.support.calendar;

import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The calendar was asked about a year it has no announced data for. Treating such a year as having no holidays
 * would silently move deadlines across an unknown Tết, so the question is refused; the fix is a data file.
 */
public class CalendarYearNotCoveredException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final SortedSet<Integer> coveredYears;

    public CalendarYearNotCoveredException(int year, SortedSet<Integer> coveredYears) {
        super("Lịch ngày làm việc chưa có dữ liệu ngày nghỉ lễ, tết của năm " + year + " (hiện có: "
                + coveredYears.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "); không thể tính ngày làm việc trong năm này.");
        this.year = year;
        this.coveredYears = coveredYears;
    }

    /** The year that has no data. */
    public int year() {
        return year;
    }

    /** The years the calendar does have. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }
}
