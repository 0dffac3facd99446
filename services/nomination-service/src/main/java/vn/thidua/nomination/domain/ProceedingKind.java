package vn.thidua.nomination.domain;

/** Open proceedings other than discipline that freeze any award to their subject. */
public enum ProceedingKind {
    DISCIPLINE_REVIEW("đang bị xem xét kỷ luật"),
    INVESTIGATION("đang bị điều tra"),
    COMPLAINT("đang có khiếu nại, tố cáo chưa được giải quyết");

    private final String label;

    ProceedingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
