package vn.thidua.contracts.events.exemplar;

/** What recognised an exemplar: an award decision, a campaign review, or a conference (hội nghị điển hình tiên tiến). */
public enum RecognitionKind {
    DECISION,
    REVIEW,
    CONFERENCE
}
