package vn.thidua.nomination.domain;

import java.time.Instant;

/**
 * An objection to a public notice. The objector's name and contact stay in this service: never in events, never
 * in public answers, never in logs.
 *
 * @param nominationId the nominee objected to; null for the list as a whole
 * @param outcome      null while unresolved
 */
public record Objection(
        String id,
        String nominationId,
        String content,
        String objectorName,
        String objectorContact,
        Instant filedAt,
        Outcome outcome,
        String resolution,
        Instant resolvedAt,
        String resolvedBy) {

    public enum Outcome {
        /** The objection is founded: the nominee concerned cannot be granted. */
        UPHELD,
        /** The objection is unfounded or does not affect the nomination. */
        DISMISSED
    }

    public static Objection filed(String id, String nominationId, String content, String objectorName,
                                  String objectorContact, Instant now) {
        return new Objection(id, nominationId, content, objectorName, objectorContact, now, null, null, null, null);
    }

    Objection resolved(Outcome result, String text, Instant now, String by) {
        return new Objection(id, nominationId, content, objectorName, objectorContact, filedAt, result, text, now, by);
    }
}
