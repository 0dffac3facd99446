package vn.thidua.nomination.domain;

/** The council's anonymous tally for one nominee: the share of all non-recused members decides. */
public record CouncilOutcome(String sessionId, int yes, int no, int members, boolean approved) {
}
