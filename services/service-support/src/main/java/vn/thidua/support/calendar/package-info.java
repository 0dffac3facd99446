/**
 * Vietnam's working-day calendar for the public sector (Asia/Ho_Chi_Minh), used for every time limit counted in
 * working days. Holidays, Tết, swapped days off and make-up Saturdays are decided anew each year by the Government,
 * so they are data (one file per year under {@code calendar/}, each entry citing its announcement), never rules in
 * code; a year without data is refused rather than guessed.
 */
package vn.thidua.support.calendar;
