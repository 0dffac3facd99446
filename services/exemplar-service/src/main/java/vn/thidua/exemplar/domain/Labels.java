package vn.thidua.exemplar.domain;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.contracts.events.exemplar.RecognitionKind;

/** The Vietnamese words an officer reads for the contract's codes. */
public final class Labels {

    private Labels() {
    }

    public static String of(ExemplarField field) {
        return switch (field) {
            case AGRICULTURE_RURAL_DEVELOPMENT -> "Nông nghiệp và xây dựng nông thôn mới";
            case EDUCATION -> "Giáo dục";
            case HEALTH -> "Y tế";
            case SECURITY_DEFENCE -> "An ninh, quốc phòng";
            case PRODUCTION_BUSINESS -> "Sản xuất, kinh doanh";
            case DIGITAL_TRANSFORMATION -> "Chuyển đổi số";
            case SOCIAL_WORK -> "Công tác xã hội";
            case CULTURE_SPORTS -> "Văn hóa, thể thao";
            case ENVIRONMENT -> "Môi trường";
            case PUBLIC_ADMINISTRATION -> "Cải cách hành chính";
            case OTHER -> "Lĩnh vực khác";
        };
    }

    public static String of(DiscoverySource source) {
        return switch (source) {
            case FIELD_VISIT -> "Khảo sát thực tế";
            case INSPECTION -> "Kiểm tra";
            case CAMPAIGN_REVIEW -> "Sơ kết, tổng kết phong trào";
            case AWARD_DECISION -> "Quyết định khen thưởng";
            case PRESS -> "Báo chí";
            case CITIZEN_TIP -> "Nhân dân giới thiệu";
            case UNIT_TIP -> "Đơn vị giới thiệu";
        };
    }

    public static String of(SubjectKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "Cá nhân";
            case COLLECTIVE -> "Tập thể";
            case HOUSEHOLD -> "Hộ gia đình";
        };
    }

    public static String of(RecognitionKind basis) {
        return switch (basis) {
            case DECISION -> "Quyết định khen thưởng";
            case REVIEW -> "Sơ kết, tổng kết phong trào";
            case CONFERENCE -> "Hội nghị điển hình tiên tiến";
        };
    }
}
