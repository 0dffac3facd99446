package vn.thidua.campaign.domain;

import java.time.LocalDate;
import vn.thidua.contracts.events.campaign.DocumentType;
import vn.thidua.support.text.VietnameseDates;

/** How Vietnamese administrative texts cite a document: "Kế hoạch 40/KH-UBND ngày 08/3/2021". */
public final class LegalCitations {

    private LegalCitations() {
    }

    public static String cite(DocumentType type, String number, LocalDate issuedOn) {
        return name(type) + " " + number + " ngày " + VietnameseDates.official(issuedOn);
    }

    public static String name(DocumentType type) {
        return switch (type) {
            case LUAT -> "Luật";
            case NGHI_DINH -> "Nghị định";
            case THONG_TU -> "Thông tư";
            case NGHI_QUYET -> "Nghị quyết";
            case QUYET_DINH -> "Quyết định";
            case CHI_THI -> "Chỉ thị";
            case KE_HOACH -> "Kế hoạch";
            case HUONG_DAN -> "Hướng dẫn";
            case THONG_BAO -> "Thông báo";
            case CONG_VAN -> "Công văn";
        };
    }
}
