package vn.thidua.nomination.domain;

/** The four legal grounds on which an award is cancelled and its object and money recovered. */
public enum RevocationGround {
    FALSE_DECLARATION("khai man thành tích"),
    FORGED_DOCUMENTS("làm giả hồ sơ, giấy tờ"),
    PROCEDURE_VIOLATION("việc xét khen thưởng sai quy định"),
    STANDARD_NOT_MET("có kết luận sau đó cho thấy không đủ tiêu chuẩn");

    private final String label;

    RevocationGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
