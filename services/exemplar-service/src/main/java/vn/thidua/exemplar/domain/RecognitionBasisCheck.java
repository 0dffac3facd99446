package vn.thidua.exemplar.domain;

import vn.thidua.contracts.events.exemplar.RecognitionKind;

/** When a revoked award leaves an exemplar without the ground it stood on. */
public final class RecognitionBasisCheck {

    private RecognitionBasisCheck() {
    }

    /**
     * True when the exemplar, after the award's link was removed, rests on nothing: it was found in award decisions
     * only and none is left, or it was recognised on the very decision that granted the revoked award.
     */
    public static boolean lostItsBasis(Exemplar exemplar, String revokedDecisionId) {
        boolean recognisedOnIt = exemplar.recognition() != null
                && exemplar.recognition().basis() == RecognitionKind.DECISION
                && revokedDecisionId.equals(exemplar.recognition().decisionId());
        boolean nothingLeft = exemplar.decisions().isEmpty() && exemplar.restsOnlyOnAwards();
        return recognisedOnIt || nothingLeft;
    }
}
