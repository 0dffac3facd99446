package vn.thidua.exemplar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.exemplar.ArchivedFromStatus;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarArchived;
import vn.thidua.contracts.events.exemplar.ExemplarDiscovered;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.contracts.events.exemplar.ExemplarSubject;
import vn.thidua.contracts.events.exemplar.FosteringMilestoneReached;
import vn.thidua.contracts.events.exemplar.FosteringStarted;
import vn.thidua.contracts.events.exemplar.MilestonePlanned;
import vn.thidua.contracts.events.exemplar.ModelAdopted;
import vn.thidua.contracts.events.exemplar.ExemplarRecognised;
import vn.thidua.contracts.events.exemplar.RecognitionBasis;
import vn.thidua.contracts.events.exemplar.RecognitionKind;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * An advanced exemplar (điển hình tiên tiến): who it is about, the model it sets, and how it is discovered,
 * fostered, recognised and replicated. Immutable: a command returns the next state together with its event.
 *
 * @param searchKey   the folded title, subject, unit and story, for searches without diacritics
 * @param needsReview set when the award it rested on was revoked; the commendation office decides what follows
 * @param version     the aggregate version; the next event carries {@code version + 1}
 */
public record Exemplar(
        String id,
        String provinceCode,
        String title,
        Subject subject,
        ExemplarField field,
        String story,
        List<String> evidence,
        DiscoverySource source,
        LocalDate discoveredOn,
        ExemplarStatus status,
        FosteringPlan fostering,
        Recognition recognition,
        List<Adoption> adoptions,
        List<DecisionLink> decisions,
        List<ReviewLink> reviews,
        List<String> campaignIds,
        boolean needsReview,
        String reviewReason,
        String archiveReason,
        LocalDate archivedOn,
        String searchKey,
        Instant createdAt,
        String createdBy,
        long version) {

    public Exemplar {
        evidence = copy(evidence);
        adoptions = copy(adoptions);
        decisions = copy(decisions);
        reviews = copy(reviews);
        campaignIds = copy(campaignIds);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The folded text searches run on: title, subject, unit and story. */
    public static String searchKey(String title, Subject subject, String story) {
        return VietnameseText.fold(String.join(" ", title, subject.name(),
                subject.unitName() == null ? "" : subject.unitName(), story == null ? "" : story));
    }

    /** A new exemplar at version 1, with the event that announces it. */
    public static Change discover(String id, String provinceCode, String title, Subject subject, ExemplarField field,
                                  String story, List<String> evidence, DiscoverySource source, LocalDate discoveredOn,
                                  List<DecisionLink> decisions, List<ReviewLink> reviews, List<String> campaignIds,
                                  Instant now, String createdBy) {
        var exemplar = new Exemplar(id, provinceCode, title, subject, field, story, evidence, source, discoveredOn,
                ExemplarStatus.DISCOVERED, null, null, List.of(), decisions, reviews, campaignIds, false,
                null, null, null, searchKey(title, subject, story), now, createdBy, 1);
        // A proposed individual's name stays here until a public act names them (architecture.md: personal names
        // travel only with acts the law makes public).
        boolean namePublic = subject.kind() == SubjectKind.COLLECTIVE || source == DiscoverySource.AWARD_DECISION;
        var event = new ExemplarDiscovered(id, 1, provinceCode, title,
                new ExemplarSubject(subject.kind(), namePublic ? subject.name() : null, subject.unit()), field,
                source, discoveredOn, decisions.isEmpty() ? null : decisions.get(0).decisionId(),
                campaignIds.isEmpty() ? null : campaignIds.get(0));
        return new Change(exemplar, event);
    }

    /**
     * Corrects what the exemplar is called, its field, story and evidence (an exemplar opened by an event starts with
     * a generated story and the default field). Not once archived: the archive keeps what was recognised.
     */
    public Exemplar correctProfile(String newTitle, ExemplarField newField, String newStory, List<String> newEvidence) {
        if (status == ExemplarStatus.ARCHIVED) {
            throw new IllegalTransitionException("Không sửa thông tin điển hình đã lưu trữ.", status.name(),
                    "update-profile");
        }
        return new Exemplar(id, provinceCode, newTitle, subject, newField, newStory, newEvidence, source, discoveredOn,
                status, fostering, recognition, adoptions, decisions, reviews, campaignIds, needsReview, reviewReason,
                archiveReason, archivedOn, searchKey(newTitle, subject, newStory), createdAt, createdBy, version + 1);
    }

    /**
     * Bồi dưỡng: puts a discovered exemplar under a plan. Every milestone is due on or after the start.
     *
     * @throws InvalidInputException naming every field of the plan that breaks a rule
     */
    public Change startFostering(String responsibleUnitCode, List<String> supportActions, List<Milestone> milestones,
                                 LocalDate today, String by) {
        requireTransition(ExemplarStatus.FOSTERING, "start-fostering", "bắt đầu bồi dưỡng");
        var errors = new ArrayList<FieldProblem>();
        if (responsibleUnitCode == null || responsibleUnitCode.isBlank()) {
            errors.add(new FieldProblem("responsibleUnitCode", "Không được để trống."));
        }
        if (supportActions.isEmpty()) {
            errors.add(new FieldProblem("supportActions", "Cần ít nhất một hoạt động hỗ trợ."));
        }
        if (milestones.isEmpty()) {
            errors.add(new FieldProblem("milestones", "Cần ít nhất một mốc bồi dưỡng."));
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).dueOn().isBefore(today)) {
                errors.add(new FieldProblem("milestones[" + i + "].dueOn",
                        "Hạn của mốc không thể trước ngày bắt đầu bồi dưỡng (" + today + ")."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var plan = new FosteringPlan(responsibleUnitCode, supportActions, milestones, today, by);
        var next = with(ExemplarStatus.FOSTERING).fostering(plan);
        var event = new FosteringStarted(id, next.version, provinceCode, subject.unitCode(), field,
                responsibleUnitCode, supportActions,
                milestones.stream().map(m -> new MilestonePlanned(m.id(), m.title(), m.dueOn())).toList(), today);
        return new Change(next, event);
    }

    /** A milestone of the plan is reached, on time or late; it can be reached once, not in the future. */
    public Change reachMilestone(String milestoneId, LocalDate reachedOn, String outcome, LocalDate today) {
        if (status != ExemplarStatus.FOSTERING) {
            throw new IllegalTransitionException("Chỉ ghi nhận mốc bồi dưỡng khi điển hình đang được bồi dưỡng"
                    + " (hiện ở trạng thái \"" + status.label() + "\").", status.name(), "reach-milestone");
        }
        Milestone milestone = fostering.milestones().stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("mốc bồi dưỡng", milestoneId));
        if (milestone.reached()) {
            throw new IllegalTransitionException("Mốc \"" + milestone.title() + "\" đã được ghi nhận đạt ngày "
                    + milestone.reachedOn() + ".", status.name(), "reach-milestone");
        }
        var errors = new ArrayList<FieldProblem>();
        if (reachedOn.isAfter(today)) {
            errors.add(new FieldProblem("reachedOn", "Không thể ghi nhận mốc đạt vào một ngày trong tương lai."));
        } else if (reachedOn.isBefore(fostering.startedOn())) {
            errors.add(new FieldProblem("reachedOn", "Ngày đạt không thể trước ngày bắt đầu bồi dưỡng ("
                    + fostering.startedOn() + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Milestone> milestones = fostering.milestones().stream()
                .map(m -> m.id().equals(milestoneId) ? m.reach(reachedOn, outcome) : m).toList();
        var plan = new FosteringPlan(fostering.responsibleUnitCode(), fostering.supportActions(), milestones,
                fostering.startedOn(), fostering.startedBy());
        var next = with(status).fostering(plan);
        var event = new FosteringMilestoneReached(id, next.version, provinceCode, milestoneId, milestone.title(),
                milestone.dueOn(), reachedOn, !reachedOn.isAfter(milestone.dueOn()), outcome,
                (int) plan.remaining());
        return new Change(next, event);
    }

    /**
     * Công nhận: on the basis of a decision, a review or a conference, from discovered (an award or a review can
     * recognise without a plan) or fostering. Recognition makes the exemplar public, name and story included.
     */
    public Change recognise(Recognition recognition, LocalDate today, Instant now) {
        requireTransition(ExemplarStatus.RECOGNISED, "recognise", "công nhận");
        if (recognition.recognisedOn().isAfter(today)) {
            throw new InvalidInputException(List.of(new FieldProblem("recognisedOn",
                    "Không thể công nhận vào một ngày trong tương lai.")));
        }
        if (recognition.recognisedOn().isBefore(discoveredOn)) {
            throw new InvalidInputException(List.of(new FieldProblem("recognisedOn",
                    "Ngày công nhận không thể trước ngày phát hiện điển hình (" + discoveredOn + ").")));
        }
        var next = with(ExemplarStatus.RECOGNISED).recognition(recognition);
        List<String> decisionIds = Stream.concat(decisions.stream().map(DecisionLink::decisionId),
                Stream.ofNullable(recognition.decisionId())).distinct().toList();
        List<String> campaigns = Stream.concat(Stream.concat(campaignIds.stream(),
                        reviews.stream().map(ReviewLink::campaignId)), Stream.ofNullable(recognition.campaignId()))
                .distinct().toList();
        var event = new ExemplarRecognised(id, next.version, provinceCode,
                new ExemplarSubject(subject.kind(), subject.name(), subject.unit()), field, title, story,
                new RecognitionBasis(recognition.basis(), recognition.reference(), recognition.recognisedOn(),
                        recognition.decisionId(), recognition.campaignId()),
                campaigns, decisionIds, now);
        return new Change(next, event);
    }

    /**
     * Nhân rộng: another unit adopts the model of a recognised exemplar. The exemplar's own unit cannot adopt what
     * it already does, and a unit adopts a model once.
     */
    public Change adopt(Adoption adoption, LocalDate today) {
        if (!status.isPublic()) {
            throw new IllegalTransitionException("Chỉ nhân rộng điển hình đã được công nhận (hiện ở trạng thái \""
                    + status.label() + "\").", status.name(), "adopt");
        }
        if (adoption.unitCode().equals(subject.unitCode())) {
            throw new BusinessRuleException("own-unit-adoption", "Đơn vị " + adoption.unitCode()
                    + " là đơn vị của chính điển hình này; nhân rộng phải do đơn vị khác thực hiện.",
                    Map.of("unitCode", adoption.unitCode()));
        }
        if (adoptions.stream().anyMatch(a -> a.unitCode().equals(adoption.unitCode()))) {
            throw new BusinessRuleException("already-adopted", "Đơn vị " + adoption.unitCode()
                    + " đã được ghi nhận nhân rộng mô hình này.", Map.of("unitCode", adoption.unitCode()));
        }
        if (adoption.adoptedOn().isAfter(today)) {
            throw new InvalidInputException(List.of(new FieldProblem("adoptedOn",
                    "Không thể ghi nhận nhân rộng vào một ngày trong tương lai.")));
        }
        // Replication is counted from recognition on: how fast a model spreads is measured from that day.
        if (adoption.adoptedOn().isBefore(recognition.recognisedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("adoptedOn",
                    "Ngày nhân rộng không thể trước ngày công nhận điển hình (" + recognition.recognisedOn() + ").")));
        }
        var all = new ArrayList<>(adoptions);
        all.add(adoption);
        var next = with(ExemplarStatus.REPLICATING).adoptions(all);
        var event = new ModelAdopted(id, next.version, provinceCode, adoption.id(), subject.unitCode(), field,
                adoption.unitCode(), adoption.adoptedOn(), adoption.scale(), all.size());
        return new Change(next, event);
    }

    /**
     * What an adoption has brought, reported when it is known (often a season or a year after the adoption). No event:
     * the adoption itself was announced; its outcome is read here.
     */
    public Change reportAdoptionOutcome(String adoptionId, String scale, String outcome) {
        if (status != ExemplarStatus.REPLICATING) {
            throw new IllegalTransitionException("Chỉ cập nhật kết quả nhân rộng khi điển hình đang được nhân rộng"
                    + " (hiện ở trạng thái \"" + status.label() + "\").", status.name(), "report-adoption-outcome");
        }
        Adoption adoption = adoption(adoptionId);
        List<Adoption> updated = adoptions.stream().map(a -> a.id().equals(adoptionId)
                ? new Adoption(a.id(), a.unitCode(), a.unitName(), a.adoptedOn(), scale == null ? a.scale() : scale,
                        outcome, a.recordedBy(), a.recordedAt())
                : a).toList();
        return new Change(with(status).adoptions(updated), null);
    }

    /** The adoption with that id. */
    public Adoption adoption(String adoptionId) {
        return adoptions.stream().filter(a -> a.id().equals(adoptionId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("lượt nhân rộng", adoptionId));
    }

    /** Lưu trữ: from any stage, with a reason. */
    public Change archive(String reason, LocalDate today) {
        requireTransition(ExemplarStatus.ARCHIVED, "archive", "lưu trữ");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "Cần nêu lý do lưu trữ.")));
        }
        var next = new Exemplar(id, provinceCode, title, subject, field, story, evidence, source, discoveredOn,
                ExemplarStatus.ARCHIVED, fostering, recognition, adoptions, decisions, reviews, campaignIds,
                needsReview, reviewReason, reason, today, searchKey, createdAt, createdBy, version + 1);
        var event = new ExemplarArchived(id, next.version, provinceCode, ArchivedFromStatus.valueOf(status.name()),
                reason, today);
        return new Change(next, event);
    }

    /** Milestones whose due date has passed unreached. */
    public List<Milestone> overdueMilestones(LocalDate today) {
        return fostering == null ? List.of() : fostering.milestones().stream().filter(m -> m.overdueOn(today)).toList();
    }

    /**
     * Whether the exemplar rests on nothing but award decisions: found in one, not recognised on another basis, and
     * no campaign review names it. When such an exemplar loses its last decision it needs a second look.
     */
    public boolean restsOnlyOnAwards() {
        boolean recognisedOtherwise = recognition != null && recognition.basis() != RecognitionKind.DECISION;
        return source == DiscoverySource.AWARD_DECISION && reviews.isEmpty() && !recognisedOtherwise;
    }

    private void requireTransition(ExemplarStatus target, String action, String actionLabel) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Không thể " + actionLabel + " điển hình đang ở trạng thái \""
                    + status.label() + "\".", status.name(), action);
        }
    }

    private Builder with(ExemplarStatus next) {
        return new Builder(this, next);
    }

    /** The next version with a new status and one part changed. */
    private record Builder(Exemplar from, ExemplarStatus status) {

        Exemplar fostering(FosteringPlan plan) {
            var e = from;
            return new Exemplar(e.id, e.provinceCode, e.title, e.subject, e.field, e.story, e.evidence, e.source,
                    e.discoveredOn, status, plan, e.recognition, e.adoptions, e.decisions, e.reviews, e.campaignIds,
                    e.needsReview, e.reviewReason, e.archiveReason, e.archivedOn, e.searchKey,
                    e.createdAt, e.createdBy, e.version + 1);
        }

        Exemplar recognition(Recognition recognition) {
            var e = from;
            return new Exemplar(e.id, e.provinceCode, e.title, e.subject, e.field, e.story, e.evidence, e.source,
                    e.discoveredOn, status, e.fostering, recognition, e.adoptions, e.decisions, e.reviews,
                    e.campaignIds, e.needsReview, e.reviewReason, e.archiveReason, e.archivedOn,
                    e.searchKey, e.createdAt, e.createdBy, e.version + 1);
        }

        Exemplar adoptions(List<Adoption> adoptions) {
            var e = from;
            return new Exemplar(e.id, e.provinceCode, e.title, e.subject, e.field, e.story, e.evidence, e.source,
                    e.discoveredOn, status, e.fostering, e.recognition, adoptions, e.decisions, e.reviews,
                    e.campaignIds, e.needsReview, e.reviewReason, e.archiveReason, e.archivedOn,
                    e.searchKey, e.createdAt, e.createdBy, e.version + 1);
        }
    }
}
