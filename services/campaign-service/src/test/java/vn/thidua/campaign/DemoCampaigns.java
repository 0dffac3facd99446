package vn.thidua.campaign;

import java.time.LocalDate;

/** Request bodies shaped like the province's real plans, for the tests. */
public final class DemoCampaigns {

    private DemoCampaigns() {
    }

    /** The digital transformation drive of 2026, launched by the provincial People's Committee. */
    public static String digitalTransformation(LocalDate from, LocalDate to) {
        return """
                {
                  "title": "Chuyển đổi số cấp xã năm %d",
                  "kind": "THEMATIC",
                  "launchingUnit": {"code": "UBND-TN", "name": "UBND tỉnh Thái Nguyên"},
                  "signerTitle": "Chủ tịch UBND tỉnh",
                  "legalBasis": {"documentNumber": "40/KH-UBND", "documentType": "KE_HOACH", "issuedOn": "2021-03-08"},
                  "period": {"from": "%s", "to": "%s"},
                  "scope": {"unitCodes": ["XA-PHUONG-TIEN", "XA-PHU-TIEN"], "includeSubUnits": true},
                  "goals": ["100%% thủ tục hành chính cấp xã được tiếp nhận trực tuyến"],
                  "criteria": [
                    {"code": "TC1", "name": "Dịch vụ công trực tuyến", "weight": 60, "maxScore": 60},
                    {"code": "TC2", "name": "Tuyên truyền, nhân rộng mô hình", "weight": 40, "maxScore": 40}
                  ],
                  "awardTypes": ["GIAY_KHEN_CHU_TICH_UBND_XA", "BANG_KHEN_CHU_TICH_UBND_TINH"],
                  "registrationDeadline": "%s",
                  "milestones": {"finalReviewDue": "%s"}
                }
                """.formatted(from.getYear(), from, to, from.plusDays(30), to);
    }
}
