package vn.thidua.exemplar.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.CampaignReviewed;
import vn.thidua.contracts.events.campaign.ClusterRanking;
import vn.thidua.contracts.events.campaign.ReviewStage;
import vn.thidua.contracts.events.nomination.DecisionIssued;
import vn.thidua.contracts.events.nomination.Grant;
import vn.thidua.support.text.VietnameseDates;
import vn.thidua.support.text.VietnameseText;

/**
 * What an exemplar found in another service's event is called and what its first story says, and which exemplar a
 * subject has: one per subject, so that a second award or a review of the same unit updates it instead of opening
 * another.
 */
public final class EventStories {

    private EventStories() {
    }

    /** The exemplar of a subject: the same id for every event about it, which also makes re-deliveries harmless. */
    public static String exemplarIdOf(String provinceCode, SubjectKind kind, String subjectId) {
        return UUID.nameUUIDFromBytes(("exemplar-subject/" + provinceCode + "/" + kind + "/" + subjectId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Subject subjectOf(Grant grant) {
        return new Subject(grant.subjectKind(), VietnameseText.nfc(grant.displayName()), grant.unit().code(),
                VietnameseText.nfc(grant.unit().name()),
                grant.subjectKind() == SubjectKind.INDIVIDUAL ? grant.subjectId() : null);
    }

    public static DecisionLink linkOf(DecisionIssued decision, Grant grant) {
        return new DecisionLink(decision.decisionId(), grant.awardId(), decision.number(), grant.awardTypeCode(),
                grant.awardTypeName(), decision.issuedOn());
    }

    public static String story(DecisionIssued decision, Grant grant) {
        return VietnameseText.nfc(grant.displayName() + " (" + grant.unit().name() + ") được tặng "
                + grant.awardTypeName() + " năm " + grant.year() + " theo Quyết định số " + decision.number()
                + " ngày " + VietnameseDates.official(decision.issuedOn()) + " của " + decision.issuer().name()
                + (decision.reason() == null || decision.reason().isBlank() ? "." : ", " + decision.reason() + "."));
    }

    public static ReviewLink linkOf(CampaignReviewed review, ClusterRanking cluster) {
        return new ReviewLink(review.campaignId(), review.campaignId() + "/" + review.stage() + "/"
                + cluster.clusterId(), review.campaignTitle(), cluster.clusterName(), review.reviewedOn().getYear());
    }

    public static String story(CampaignReviewed review, ClusterRanking cluster) {
        String stage = review.stage() == ReviewStage.FINAL ? "tổng kết" : "sơ kết";
        return VietnameseText.nfc(cluster.leadingUnit().name() + " là lá cờ đầu của " + cluster.clusterName()
                + " tại kỳ " + stage + " phong trào thi đua “" + review.campaignTitle() + "” ngày "
                + VietnameseDates.official(review.reviewedOn()) + ".");
    }
}
