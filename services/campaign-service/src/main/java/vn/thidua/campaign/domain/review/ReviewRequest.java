package vn.thidua.campaign.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What the reviewers submit: the stage, the day the review conference was held (today when absent), its summary,
 * and the score sheet of every unit reviewed.
 */
public record ReviewRequest(ReviewStage stage, LocalDate heldOn, String summary, List<ScoreSheet> units) {

    private static final int MAX_SUMMARY = 5000;

    public ReviewRequest {
        units = units == null ? List.of() : new ArrayList<>(units);
    }

    /** The request in NFC with {@code heldOn} filled in; stage and summary are required. */
    public ReviewRequest normalised(LocalDate today) {
        var errors = new ArrayList<FieldProblem>();
        if (stage == null) {
            errors.add(new FieldProblem("stage", "Không được để trống (MID_TERM hoặc FINAL)."));
        }
        String text = summary == null ? null : VietnameseText.nfc(summary.strip());
        if (text == null || text.isEmpty()) {
            errors.add(new FieldProblem("summary", "Cần có nội dung đánh giá chung của đợt sơ kết, tổng kết."));
        } else if (text.codePointCount(0, text.length()) > MAX_SUMMARY) {
            errors.add(new FieldProblem("summary", "Dài quá " + MAX_SUMMARY + " ký tự."));
        }
        LocalDate day = heldOn == null ? today : heldOn;
        if (day.isAfter(today)) {
            errors.add(new FieldProblem("heldOn", "Không thể ghi nhận kết quả của một hội nghị chưa diễn ra."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReviewRequest(stage, day, text, List.copyOf(units));
    }
}
