package vn.thidua.campaign.domain.unit;

/** How many people a unit had in a year: the base of the nomination rules' ratios (e.g. "≤ 15% of the unit"). */
public record Headcount(int year, int headcount) {
}
