package vn.thidua.campaign.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * The day an act counts as done. Normally today in Vietnam; when a province moves its paper records into the
 * system, an administrator records a launch or a registration on the day it really happened, and the rules
 * (period ended, deadline passed, unit existing) are checked against that day. Nobody else may date an act, and
 * no act is dated in the future.
 */
final class RecordedDay {

    private RecordedDay() {
    }

    static LocalDate of(LocalDate claimed, LocalDate today, CurrentUser user, String field) {
        if (claimed == null) {
            return today;
        }
        if (user == null || !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống được ghi nhận hồ sơ đã thực hiện trước đây.");
        }
        if (claimed.isAfter(today)) {
            throw new InvalidInputException(List.of(new FieldProblem(field,
                    "Không thể ghi nhận một việc chưa diễn ra (sau ngày " + today + ").")));
        }
        return claimed;
    }
}
