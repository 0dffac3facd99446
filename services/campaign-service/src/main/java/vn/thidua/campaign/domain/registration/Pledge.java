package vn.thidua.campaign.domain.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thidua.contracts.events.campaign.RegistrationTarget;
import vn.thidua.contracts.events.campaign.TargetSubject;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What a unit writes when it registers: the titles it and its members aim for, and its pledges in its own words.
 */
public record Pledge(List<RegistrationTarget> targets, List<String> pledges) {

    private static final Pattern AWARD_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_PLEDGE = 2000;
    private static final int MAX_COUNT = 100_000;

    public Pledge {
        targets = targets == null ? List.of() : new ArrayList<>(targets);
        pledges = pledges == null ? List.of() : new ArrayList<>(pledges);
    }

    /**
     * The pledge in NFC, trimmed, checked at once: at least one target; a known award code; a count for members'
     * titles and none for the unit's own; each title once per subject.
     */
    public Pledge normalised() {
        var errors = new ArrayList<FieldProblem>();
        if (targets.isEmpty()) {
            errors.add(new FieldProblem("targets", "Cần đăng ký ít nhất một danh hiệu thi đua."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            RegistrationTarget target = targets.get(i);
            String at = "targets[" + i + "]";
            if (target == null) {
                errors.add(new FieldProblem(at, "Không được để trống."));
                continue;
            }
            if (target.awardType() == null || !AWARD_TYPE.matcher(target.awardType()).matches()) {
                errors.add(new FieldProblem(at + ".awardType",
                        "Mã danh hiệu chỉ gồm chữ in hoa, chữ số và dấu gạch dưới, ví dụ LAO_DONG_TIEN_TIEN."));
            }
            if (target.subject() == null) {
                errors.add(new FieldProblem(at + ".subject", "Không được để trống."));
            } else if (target.subject() == TargetSubject.MEMBERS
                    && (target.count() == null || target.count() < 1 || target.count() > MAX_COUNT)) {
                errors.add(new FieldProblem(at + ".count", "Cần số người đăng ký, từ 1 đến " + MAX_COUNT + "."));
            } else if (target.subject() == TargetSubject.UNIT && target.count() != null) {
                errors.add(new FieldProblem(at + ".count", "Danh hiệu của tập thể không kèm số người."));
            }
            if (!seen.add(target.awardType() + "/" + target.subject())) {
                errors.add(new FieldProblem(at + ".awardType", "Danh hiệu này đã được đăng ký ở trên."));
            }
        }
        var clean = new ArrayList<String>();
        for (int i = 0; i < pledges.size(); i++) {
            String pledge = pledges.get(i);
            if (pledge == null || pledge.isBlank()) {
                errors.add(new FieldProblem("pledges[" + i + "]", "Không được để trống."));
                continue;
            }
            String text = VietnameseText.nfc(pledge.strip());
            if (text.codePointCount(0, text.length()) > MAX_PLEDGE) {
                errors.add(new FieldProblem("pledges[" + i + "]", "Dài quá " + MAX_PLEDGE + " ký tự."));
            }
            clean.add(text);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Pledge(List.copyOf(targets), List.copyOf(clean));
    }
}
