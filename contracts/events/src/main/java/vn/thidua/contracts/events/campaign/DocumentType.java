package vn.thidua.contracts.events.campaign;

/**
 * Kinds of legal document. A consumer fails on a value it does not know, so adding one is a new event version
 * (or all consumers are upgraded first).
 */
public enum DocumentType {
    LUAT,
    NGHI_DINH,
    THONG_TU,
    NGHI_QUYET,
    QUYET_DINH,
    CHI_THI,
    KE_HOACH,
    HUONG_DAN,
    THONG_BAO,
    CONG_VAN
}
