package vn.thidua.campaign.domain.unit;

import vn.thidua.contracts.events.campaign.UnitKind;

/** The labels an officer reads for the contract's kinds of unit. */
public final class UnitKinds {

    private UnitKinds() {
    }

    public static String label(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> "Tỉnh, thành phố";
            case DEPARTMENT -> "Sở, ban, ngành";
            case DISTRICT -> "Huyện (đến ngày 30/6/2025)";
            case COMMUNE -> "Xã";
            case WARD -> "Phường";
            case SCHOOL -> "Trường học";
            case HEALTH_STATION -> "Trạm y tế";
            case ENTERPRISE -> "Doanh nghiệp";
            case VILLAGE -> "Thôn, tổ dân phố";
            case AGENCY -> "Cơ quan, đơn vị sự nghiệp";
            case MASS_ORGANISATION -> "Tổ chức chính trị – xã hội";
        };
    }
}
