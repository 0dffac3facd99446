package vn.thidua.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * A unit's publicity target under the plan, e.g. "12 articles on its page in the first quarter of 2025" or "2
 * exemplar stories in 2025".
 *
 * @param periodTo inclusive, as every calendar date of the platform
 * @param plan     the plan that sets it, e.g. "Kế hoạch 40/KH-UBND ngày 08/3/2021"
 */
public record PublicityDuty(String id, String provinceCode, String unitCode, DutyKind kind, LocalDate periodFrom,
                            LocalDate periodTo, int target, String plan, Instant createdAt, String createdBy,
                            long version) {

    public enum DutyKind {
        ARTICLES("Tin, bài đăng", null),
        EXEMPLAR_STORIES("Bài viết về điển hình tiên tiến", ArticleCategory.EXEMPLARS);

        private final String label;
        private final ArticleCategory category;

        DutyKind(String label, ArticleCategory category) {
            this.label = label;
            this.category = category;
        }

        public String label() {
            return label;
        }

        /** The category an article must have to count; null counts every article of the unit. */
        public ArticleCategory category() {
            return category;
        }
    }

    /** What the plan owner enters; {@link #validated()} names every mistake at once. */
    public record Definition(String unitCode, DutyKind kind, LocalDate periodFrom, LocalDate periodTo, Integer target,
                             String plan) {

        public Definition validated() {
            var errors = new ArrayList<FieldProblem>();
            String unit = unitCode == null ? "" : VietnameseText.nfc(unitCode).strip();
            if (unit.isEmpty() || unit.length() > 64) {
                errors.add(new FieldProblem("unitCode", "Nhập mã đơn vị (tối đa 64 ký tự)."));
            }
            if (kind == null) {
                errors.add(new FieldProblem("kind", "Không được để trống."));
            }
            if (periodFrom == null) {
                errors.add(new FieldProblem("periodFrom", "Không được để trống."));
            }
            if (periodTo == null) {
                errors.add(new FieldProblem("periodTo", "Không được để trống."));
            }
            if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
                errors.add(new FieldProblem("periodTo", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."));
            }
            if (target == null || target < 1 || target > 10_000) {
                errors.add(new FieldProblem("target", "Chỉ tiêu là số nguyên từ 1 đến 10000."));
            }
            String cleanPlan = plan == null ? null : VietnameseText.nfc(plan).strip();
            if (cleanPlan != null && cleanPlan.length() > 300) {
                errors.add(new FieldProblem("plan", "Dài quá 300 ký tự."));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Definition(unit, kind, periodFrom, periodTo, target,
                    cleanPlan == null || cleanPlan.isEmpty() ? null : cleanPlan);
        }
    }

    /** The report line: target, what was published, and how far short the unit is (never below zero). */
    public record Progress(PublicityDuty duty, long published) {
        public long gap() {
            return Math.max(0, duty.target() - published);
        }

        public boolean met() {
            return published >= duty.target();
        }
    }

    public static List<DutyKind> kinds() {
        return List.of(DutyKind.values());
    }
}
