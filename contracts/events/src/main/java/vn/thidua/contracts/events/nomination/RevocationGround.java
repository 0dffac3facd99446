package vn.thidua.contracts.events.nomination;

/** The four legal grounds on which an award is revoked and its object and money recovered. */
public enum RevocationGround {
    FALSE_DECLARATION,
    FORGED_DOCUMENTS,
    PROCEDURE_VIOLATION,
    STANDARD_NOT_MET
}
