package vn.thidua.exemplar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.exemplar.DiscoverySource;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.support.text.TextFields;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What a unit officer or the commendation office writes to propose an exemplar. {@link #normalised} checks every
 * rule at once so that the form can mark all mistakes together, and brings the text to NFC.
 *
 * @param discoveredOn defaults to today
 * @param campaignIds  campaigns the exemplar grew out of, if any
 */
public record ExemplarProposal(
        String title,
        ProposedSubject subject,
        ExemplarField field,
        String story,
        List<String> evidence,
        DiscoverySource source,
        LocalDate discoveredOn,
        List<String> campaignIds) {

    /** The subject as proposed: kind, name, and the unit's code and official name. */
    public record ProposedSubject(SubjectKind kind, String name, String unitCode, String unitName) {
    }

    static final int MAX_TITLE = 300;
    static final int MAX_STORY = 5000;

    /**
     * The proposal in NFC with blanks trimmed.
     *
     * @throws InvalidInputException naming every field that breaks a rule
     */
    public ExemplarProposal normalised(LocalDate today) {
        var errors = new ArrayList<FieldProblem>();
        String cleanTitle = TextFields.required(title, "title", MAX_TITLE, errors);
        ProposedSubject cleanSubject = null;
        if (subject == null) {
            errors.add(new FieldProblem("subject", TextFields.REQUIRED));
        } else {
            if (subject.kind() == null) {
                errors.add(new FieldProblem("subject.kind", TextFields.REQUIRED));
            }
            cleanSubject = new ProposedSubject(subject.kind(),
                    TextFields.required(subject.name(), "subject.name", MAX_TITLE, errors),
                    TextFields.required(subject.unitCode(), "subject.unitCode", 64, errors),
                    TextFields.required(subject.unitName(), "subject.unitName", MAX_TITLE, errors));
        }
        if (field == null) {
            errors.add(new FieldProblem("field", TextFields.REQUIRED));
        }
        String cleanStory = TextFields.required(story, "story", MAX_STORY, errors);
        List<String> cleanEvidence = TextFields.list(evidence, "evidence", 1000, errors);
        if (source == null) {
            errors.add(new FieldProblem("source", TextFields.REQUIRED));
        } else if (source == DiscoverySource.AWARD_DECISION) {
            // Decisions arrive from nomination-service with their grants; a hand-typed one could not be revoked.
            errors.add(new FieldProblem("source", "Điển hình từ quyết định khen thưởng được hệ thống tự mở khi"
                    + " quyết định được ban hành; hãy chọn nguồn phát hiện khác."));
        }
        LocalDate on = discoveredOn == null ? today : discoveredOn;
        if (on.isAfter(today)) {
            errors.add(new FieldProblem("discoveredOn", "Ngày phát hiện không thể ở tương lai."));
        }
        List<String> campaigns = campaignIds == null ? List.of() : campaignIds;
        for (int i = 0; i < campaigns.size(); i++) {
            if (!isUuid(campaigns.get(i))) {
                errors.add(new FieldProblem("campaignIds[" + i + "]", "Mã phong trào không hợp lệ."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ExemplarProposal(cleanTitle, cleanSubject, field, cleanStory, cleanEvidence, source, on,
                List.copyOf(campaigns));
    }

    static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
