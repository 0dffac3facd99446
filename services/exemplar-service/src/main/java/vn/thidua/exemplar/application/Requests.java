package vn.thidua.exemplar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.contracts.events.exemplar.RecognitionKind;
import vn.thidua.support.text.TextFields;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/** The bodies of the exemplar commands, each checked as a whole so that a form can mark every mistake at once. */
public final class Requests {

    private Requests() {
    }

    private static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void required(Object value, String field, List<FieldProblem> errors) {
        if (value == null) {
            errors.add(new FieldProblem(field, "Không được để trống."));
        }
    }

    /** Corrects what an exemplar is called and what it did (an event-opened exemplar starts with a bare story). */
    public record Profile(String title, ExemplarField field, String story, List<String> evidence) {

        public Profile normalised() {
            var errors = new ArrayList<FieldProblem>();
            String cleanTitle = TextFields.required(title, "title", 300, errors);
            required(field, "field", errors);
            String cleanStory = TextFields.required(story, "story", 5000, errors);
            List<String> cleanEvidence = TextFields.list(evidence, "evidence", 1000, errors);
            throwIfAny(errors);
            return new Profile(cleanTitle, field, cleanStory, cleanEvidence);
        }
    }

    public record PlannedMilestone(String title, LocalDate dueOn) {
    }

    public record Fostering(String responsibleUnitCode, List<String> supportActions,
                            List<PlannedMilestone> milestones) {

        public Fostering normalised() {
            var errors = new ArrayList<FieldProblem>();
            String unit = TextFields.required(responsibleUnitCode, "responsibleUnitCode", 64, errors);
            List<String> actions = TextFields.list(supportActions, "supportActions", 1000, errors);
            var clean = new ArrayList<PlannedMilestone>();
            List<PlannedMilestone> given = milestones == null ? List.of() : milestones;
            for (int i = 0; i < given.size(); i++) {
                PlannedMilestone m = given.get(i);
                if (m == null) {
                    errors.add(new FieldProblem("milestones[" + i + "]", "Không được để trống."));
                    continue;
                }
                String title = TextFields.required(m.title(), "milestones[" + i + "].title", 300, errors);
                required(m.dueOn(), "milestones[" + i + "].dueOn", errors);
                clean.add(new PlannedMilestone(title, m.dueOn()));
            }
            throwIfAny(errors);
            return new Fostering(unit, actions, clean);
        }
    }

    public record MilestoneReport(LocalDate reachedOn, String outcome) {

        public MilestoneReport normalised(LocalDate today) {
            var errors = new ArrayList<FieldProblem>();
            String cleanOutcome = TextFields.required(outcome, "outcome", 2000, errors);
            throwIfAny(errors);
            return new MilestoneReport(reachedOn == null ? today : reachedOn, cleanOutcome);
        }
    }

    /**
     * @param decisionId for a DECISION basis, the decision's id in nomination-service when there is one
     * @param campaignId for a REVIEW basis, the reviewed campaign
     */
    public record Recognition(RecognitionKind basis, String reference, String decisionId, String campaignId,
                              LocalDate recognisedOn, String note) {

        public Recognition normalised(LocalDate today) {
            var errors = new ArrayList<FieldProblem>();
            required(basis, "basis", errors);
            String cleanReference = TextFields.required(reference, "reference", 500, errors);
            String cleanNote = TextFields.optional(note, "note", 2000, errors);
            if (decisionId != null && basis != RecognitionKind.DECISION) {
                errors.add(new FieldProblem("decisionId", "Chỉ ghi mã quyết định khi căn cứ là quyết định khen thưởng."));
            }
            if (campaignId != null && basis != RecognitionKind.REVIEW) {
                errors.add(new FieldProblem("campaignId", "Chỉ ghi mã phong trào khi căn cứ là sơ kết, tổng kết."));
            }
            uuid(decisionId, "decisionId", errors);
            uuid(campaignId, "campaignId", errors);
            throwIfAny(errors);
            return new Recognition(basis, cleanReference, decisionId, campaignId,
                    recognisedOn == null ? today : recognisedOn, cleanNote);
        }
    }

    public record Adoption(String unitCode, String unitName, LocalDate adoptedOn, String scale, String outcome) {

        public Adoption normalised(LocalDate today) {
            var errors = new ArrayList<FieldProblem>();
            String code = TextFields.required(unitCode, "unitCode", 64, errors);
            String name = TextFields.required(unitName, "unitName", 300, errors);
            String cleanScale = TextFields.optional(scale, "scale", 500, errors);
            String cleanOutcome = TextFields.optional(outcome, "outcome", 2000, errors);
            throwIfAny(errors);
            return new Adoption(code, name, adoptedOn == null ? today : adoptedOn, cleanScale, cleanOutcome);
        }
    }

    public record AdoptionOutcome(String scale, String outcome) {

        public AdoptionOutcome normalised() {
            var errors = new ArrayList<FieldProblem>();
            String cleanScale = TextFields.optional(scale, "scale", 500, errors);
            String cleanOutcome = TextFields.required(outcome, "outcome", 2000, errors);
            throwIfAny(errors);
            return new AdoptionOutcome(cleanScale, cleanOutcome);
        }
    }

    public record Archive(String reason) {

        public Archive normalised() {
            var errors = new ArrayList<FieldProblem>();
            String cleanReason = TextFields.required(reason, "reason", 1000, errors);
            throwIfAny(errors);
            return new Archive(cleanReason);
        }
    }

    private static void uuid(String value, String field, List<FieldProblem> errors) {
        if (value == null) {
            return;
        }
        try {
            if (UUID.fromString(value).toString().equalsIgnoreCase(value)) {
                return;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        errors.add(new FieldProblem(field, "Mã không hợp lệ (cần dạng UUID)."));
    }
}
