package vn.thidua.publication.domain;

import java.time.Instant;

/** One step an article went through: who did what, when, from which status to which, and why when it matters. */
public record WorkflowStep(EditorialAction action, ArticleStatus from, ArticleStatus to, Instant at, String by,
                           String reason) {
}
