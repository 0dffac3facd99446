package vn.thidua.nomination.domain;

/** The level of the authority an award belongs to, lowest first. */
public enum AwardLevel {
    GRASSROOTS("cấp cơ sở, cấp xã"),
    DISTRICT("cấp huyện (trước 01/7/2025), sở, ngành"),
    PROVINCIAL("cấp tỉnh"),
    NATIONAL("cấp Nhà nước");

    private final String label;

    AwardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
