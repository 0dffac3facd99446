package vn.thidua.nomination.domain;

/** The yearly performance rating of a civil servant or employee, best first by {@link #rank()}. */
public enum Rating {
    EXCELLENT("hoàn thành xuất sắc nhiệm vụ", 4),
    GOOD("hoàn thành tốt nhiệm vụ", 3),
    COMPLETED("hoàn thành nhiệm vụ", 2),
    NOT_COMPLETED("không hoàn thành nhiệm vụ", 1);

    private final String label;
    private final int rank;

    Rating(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public int rank() {
        return rank;
    }

    public boolean atLeast(Rating other) {
        return rank >= other.rank;
    }
}
