package vn.thidua.publication.web;

import java.time.Instant;

/** The optional body of a workflow step: a reason for reject and withdraw, a time for schedule. */
record StepInput(String reason, Instant scheduledAt) {

    static final StepInput NONE = new StepInput(null, null);
}
