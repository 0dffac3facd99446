package vn.thidua.nomination.domain;

/** The timing types of Law 06/2022/QH15 art. 8. Only merit awards build the chains toward higher titles. */
public enum TimingType {
    MERIT("theo công trạng và thành tích đạt được", true),
    AD_HOC("đột xuất", false),
    CAMPAIGN("theo đợt hoặc chuyên đề", false),
    LIFETIME("quá trình cống hiến", false),
    YEARS_OF_SERVICE("niên hạn", false),
    FOREIGN("đối ngoại", false);

    private final String label;
    private final boolean countsTowardChains;

    TimingType(String label, boolean countsTowardChains) {
        this.label = label;
        this.countsTowardChains = countsTowardChains;
    }

    public String label() {
        return label;
    }

    /** Ad-hoc and thematic awards (and the other non-merit types) never count toward consecutive-year chains. */
    public boolean countsTowardChains() {
        return countsTowardChains;
    }
}
