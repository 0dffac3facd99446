package vn.thidua.support.problem;

import java.util.Map;

/** The requested step is not allowed from the aggregate's current status (409). */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String detail, String currentStatus, String requestedAction) {
        super(detail, Map.of("currentStatus", currentStatus, "action", requestedAction));
    }

    @Override public int status() { return 409; }
    @Override public String typeSlug() { return "illegal-transition"; }
    @Override public String title() { return "Thao tác không hợp lệ ở trạng thái hiện tại"; }
}
