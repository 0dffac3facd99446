package vn.thidua.contracts.events.nomination;

/** Why a public notice closed: its window ran out, or the office withdrew it (e.g. every nominee was withdrawn). */
public enum NoticeClosure {
    WINDOW_ENDED,
    WITHDRAWN
}
