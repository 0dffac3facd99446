package vn.thidua.nomination.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a nomination is in the procedure. The allowed next steps are listed here so that every illegal transition
 * is refused in one place.
 */
public enum NominationStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã trình, chờ thẩm định"),
    RETURNED("Trả lại để bổ sung hồ sơ"),
    AWAITING_NOTICE("Đã thẩm định, chờ công khai"),
    IN_PUBLIC_NOTICE("Đang công khai lấy ý kiến"),
    READY_FOR_COUNCIL("Chờ Hội đồng xét"),
    IN_COUNCIL("Hội đồng đang bỏ phiếu"),
    APPROVED("Hội đồng đề nghị khen thưởng"),
    NOT_APPROVED("Hội đồng không đề nghị"),
    REJECTED("Không đủ điều kiện, không xét tiếp"),
    GRANTED("Đã có quyết định khen thưởng");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<NominationStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, AWAITING_NOTICE, READY_FOR_COUNCIL, REJECTED);
            case AWAITING_NOTICE -> EnumSet.of(IN_PUBLIC_NOTICE);
            case IN_PUBLIC_NOTICE -> EnumSet.of(READY_FOR_COUNCIL, REJECTED);
            case READY_FOR_COUNCIL -> EnumSet.of(IN_COUNCIL);
            case IN_COUNCIL -> EnumSet.of(APPROVED, NOT_APPROVED);
            case APPROVED -> EnumSet.of(GRANTED);
            case NOT_APPROVED, REJECTED, GRANTED -> EnumSet.noneOf(NominationStatus.class);
        };
    }

    public boolean canMoveTo(NominationStatus target) {
        return next().contains(target);
    }
}
