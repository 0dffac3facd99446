package vn.thidua.campaign.domain.unit;

/** What kind of organisation a unit is; the labels are what an officer reads. */
public enum UnitKind {
    PROVINCE("Tỉnh, thành phố"),
    DEPARTMENT("Sở, ban, ngành"),
    DISTRICT("Huyện (trước ngày 01/7/2025)"),
    COMMUNE("Xã"),
    WARD("Phường"),
    SCHOOL("Trường học"),
    HEALTH_STATION("Trạm y tế"),
    ENTERPRISE("Doanh nghiệp"),
    VILLAGE("Thôn, tổ dân phố"),
    OTHER("Đơn vị khác");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
