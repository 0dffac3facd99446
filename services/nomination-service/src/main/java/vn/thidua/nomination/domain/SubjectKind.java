package vn.thidua.nomination.domain;

/** Who an award is for. */
public enum SubjectKind {
    INDIVIDUAL("cá nhân"),
    COLLECTIVE("tập thể"),
    HOUSEHOLD("hộ gia đình");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
