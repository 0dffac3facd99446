package vn.thidua.nomination.domain;

/** Emulation titles (danh hiệu thi đua) and commendation forms (hình thức khen thưởng) follow different rules. */
public enum AwardCategory {
    TITLE("danh hiệu thi đua"),
    FORM("hình thức khen thưởng");

    private final String label;

    AwardCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
