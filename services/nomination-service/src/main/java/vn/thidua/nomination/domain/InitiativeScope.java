package vn.thidua.nomination.domain;

/** Where an initiative (sáng kiến) is recognised to have effect, narrowest first. */
public enum InitiativeScope {
    GRASSROOTS("cấp cơ sở"),
    PROVINCIAL("cấp tỉnh"),
    NATIONAL("toàn quốc");

    private final String label;

    InitiativeScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(InitiativeScope other) {
        return ordinal() >= other.ordinal();
    }
}
