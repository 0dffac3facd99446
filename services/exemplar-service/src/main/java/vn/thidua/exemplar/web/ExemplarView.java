package vn.thidua.exemplar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.contracts.events.exemplar.RecognitionKind;
import vn.thidua.exemplar.domain.Adoption;
import vn.thidua.exemplar.domain.ArticleLink;
import vn.thidua.exemplar.domain.DecisionLink;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.exemplar.domain.Labels;
import vn.thidua.exemplar.domain.Milestone;
import vn.thidua.exemplar.domain.ReviewLink;

/**
 * An exemplar as the API shows it. The public (and officers of other units) get the public form: name, unit,
 * field, story, recognition and adoptions by unit; no evidence, fostering plan, who recorded what, or internal ids.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarView(
        String id,
        String title,
        SubjectView subject,
        ExemplarField field,
        String fieldLabel,
        String story,
        List<String> evidence,
        DiscoverySource source,
        String sourceLabel,
        LocalDate discoveredOn,
        ExemplarStatus status,
        String statusLabel,
        FosteringView fostering,
        RecognitionView recognition,
        List<AdoptionView> adoptions,
        int adoptionCount,
        List<DecisionLink> decisions,
        List<ReviewLink> reviews,
        List<String> campaignIds,
        List<ArticleLink> articles,
        Boolean needsReview,
        String reviewReason,
        String archiveReason,
        LocalDate archivedOn,
        Instant createdAt,
        Long version) {

    public record SubjectView(SubjectKind kind, String kindLabel, String name, String unitCode, String unitName) {
    }

    public record MilestoneView(String id, String title, LocalDate dueOn, LocalDate reachedOn, String outcome,
                                boolean overdue) {
    }

    public record FosteringView(String responsibleUnitCode, List<String> supportActions,
                                List<MilestoneView> milestones, LocalDate startedOn, int overdueMilestones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecognitionView(RecognitionKind basis, String basisLabel, String reference, String decisionId,
                                  String campaignId, LocalDate recognisedOn, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdoptionView(String id, String unitCode, String unitName, LocalDate adoptedOn, String scale,
                               String outcome, String recordedBy) {
    }

    static ExemplarView full(Exemplar e, LocalDate today, List<ArticleLink> articles) {
        return new ExemplarView(e.id(), e.title(), subject(e), e.field(), Labels.of(e.field()), e.story(),
                e.evidence(), e.source(), Labels.of(e.source()), e.discoveredOn(), e.status(), e.status().label(),
                fostering(e, today), recognition(e), e.adoptions().stream().map(a -> adoption(a, true)).toList(),
                e.adoptions().size(), e.decisions(), e.reviews(), e.campaignIds(), articles, e.needsReview(),
                e.reviewReason(), e.archiveReason(), e.archivedOn(), e.createdAt(), e.version());
    }

    /** Only what the law lets the public read about an exemplar it has honoured. */
    static ExemplarView publicView(Exemplar e, List<ArticleLink> articles) {
        return new ExemplarView(e.id(), e.title(), subject(e), e.field(), Labels.of(e.field()), e.story(), null,
                null, null, null, e.status(), e.status().label(), null, recognition(e),
                e.adoptions().stream().map(a -> adoption(a, false)).toList(), e.adoptions().size(), null, null,
                null, articles, null, null, null, null, null, null);
    }

    private static SubjectView subject(Exemplar e) {
        var s = e.subject();
        return new SubjectView(s.kind(), Labels.of(s.kind()), s.name(), s.unitCode(), s.unitName());
    }

    private static FosteringView fostering(Exemplar e, LocalDate today) {
        var plan = e.fostering();
        if (plan == null) {
            return null;
        }
        List<MilestoneView> milestones = plan.milestones().stream().map((Milestone m) -> new MilestoneView(m.id(),
                m.title(), m.dueOn(), m.reachedOn(), m.outcome(), m.overdueOn(today))).toList();
        return new FosteringView(plan.responsibleUnitCode(), plan.supportActions(), milestones, plan.startedOn(),
                (int) milestones.stream().filter(MilestoneView::overdue).count());
    }

    private static RecognitionView recognition(Exemplar e) {
        var r = e.recognition();
        return r == null ? null : new RecognitionView(r.basis(), Labels.of(r.basis()), r.reference(),
                r.decisionId(), r.campaignId(), r.recognisedOn(), r.note());
    }

    private static AdoptionView adoption(Adoption a, boolean full) {
        return new AdoptionView(full ? a.id() : null, a.unitCode(), a.unitName(), a.adoptedOn(), a.scale(),
                a.outcome(), full ? a.recordedBy() : null);
    }
}
