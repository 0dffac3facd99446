package vn.thidua.support.problem;

import java.util.Map;

/**
 * The aggregate changed since the caller read it: the conditional update matched no document at the expected
 * version. The caller must read again and retry; nothing was written.
 */
public class ConcurrentChangeException extends ProblemException {

    public ConcurrentChangeException(String aggregateId, long expectedVersion) {
        super("Dữ liệu \"" + aggregateId + "\" đã được người khác thay đổi (phiên bản bạn gửi: " + expectedVersion
                + "). Vui lòng tải lại và thực hiện lại thao tác.",
                Map.of("aggregateId", aggregateId, "expectedVersion", expectedVersion));
    }

    @Override public int status() { return 409; }
    @Override public String typeSlug() { return "concurrent-change"; }
    @Override public String title() { return "Dữ liệu đã bị thay đổi đồng thời"; }
}
