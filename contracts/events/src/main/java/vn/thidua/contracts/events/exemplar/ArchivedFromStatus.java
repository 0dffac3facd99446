package vn.thidua.contracts.events.exemplar;

/** Where an exemplar was in its lifecycle (discovered → fostering → recognised → replicating) when it was archived. */
public enum ArchivedFromStatus {
    DISCOVERED,
    FOSTERING,
    RECOGNISED,
    REPLICATING
}
