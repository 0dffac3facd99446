package vn.thidua.contracts.events.campaign;

/** Who a registered target is for. */
public enum TargetSubject {
    /** The unit itself, a collective title. */
    UNIT,
    /** Members of the unit, an individual title, with a count. */
    MEMBERS
}
