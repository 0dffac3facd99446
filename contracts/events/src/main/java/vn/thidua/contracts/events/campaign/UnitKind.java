package vn.thidua.contracts.events.campaign;

/** Kinds of organisation unit; {@code DISTRICT} units are historic since the 2025 reform but stay in the tree. */
public enum UnitKind {
    PROVINCE,
    DEPARTMENT,
    DISTRICT,
    COMMUNE,
    WARD,
    SCHOOL,
    HEALTH_STATION,
    ENTERPRISE,
    VILLAGE,
    AGENCY,
    MASS_ORGANISATION
}
