package vn.thidua.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import reactor.core.publisher.Mono;

/** Counters and the short-lived marks that keep them honest. */
public interface VisitRepository {

    /** The secret salt of {@code day}, created on first use; salts of other days are deleted by {@link #forget}. */
    Mono<String> dailySalt(LocalDate day);

    /**
     * Marks that {@code key} was counted at {@code now}, unless it was counted after {@code notAfter}.
     *
     * @return true when the view counts (no mark, or the last one is at or before {@code notAfter})
     */
    Mono<Boolean> markCounted(String key, Instant now, Instant notAfter);

    Mono<Void> increment(String counter);

    Mono<Long> counter(String counter);

    /** The visitor is on the site now. */
    Mono<Void> seen(String visitor, Instant now);

    /** Distinct visitors seen at or after {@code since}. */
    Mono<Long> seenSince(Instant since);

    /** Deletes marks, presences and salts nobody needs any more. */
    Mono<Void> forget(Instant marksBefore, Instant presenceBefore, LocalDate saltsBefore);
}
