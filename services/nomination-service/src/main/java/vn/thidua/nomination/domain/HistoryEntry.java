package vn.thidua.nomination.domain;

import java.time.Instant;

/** One step of a nomination's procedure: who did it, when, and why where the law asks for a reason. */
public record HistoryEntry(Instant at, String by, NominationStatus status, String note) {
}
