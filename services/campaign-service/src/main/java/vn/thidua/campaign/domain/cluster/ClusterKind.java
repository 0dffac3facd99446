package vn.thidua.campaign.domain.cluster;

/** Cụm thi đua groups units by territory; khối thi đua groups units of the same field (e.g. schools). */
public enum ClusterKind {
    CLUSTER("Cụm thi đua"),
    BLOC("Khối thi đua");

    private final String label;

    ClusterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
