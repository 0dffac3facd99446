package vn.thidua.nomination.domain;

/** Disciplinary measures, mildest first. */
public enum DisciplineLevel {
    REPRIMAND("khiển trách"),
    WARNING("cảnh cáo"),
    DEMOTION("hạ bậc lương"),
    REMOVAL("cách chức"),
    DISMISSAL("buộc thôi việc");

    private final String label;

    DisciplineLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(DisciplineLevel other) {
        return ordinal() >= other.ordinal();
    }
}
