package vn.thidua.support.text;

import java.time.LocalDate;

/** Dates as Vietnamese administrative texts write them. */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /** "08/3/2021": the day with two digits, the month without a leading zero, as in "Kế hoạch 40/KH-UBND ngày 08/3/2021". */
    public static String official(LocalDate date) {
        return String.format("%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
