package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An initiative (sáng kiến) of a person, recognised at a scope on a date by a decision. */
public record Initiative(
        String id,
        String provinceCode,
        String personId,
        String title,
        InitiativeScope scope,
        LocalDate recognisedOn,
        String recognitionDecision,
        Instant recordedAt,
        String recordedBy,
        long version) {
}
