package vn.thidua.exemplar.domain;

/** What an exemplar's recognition rests on: an award decision, a campaign review, or a conference of exemplars. */
public enum RecognitionBasis {
    DECISION,
    REVIEW,
    CONFERENCE
}
