package vn.thidua.support.problem;

import java.util.Map;

/** The client's {@code If-Match} names a version that is no longer current (412). */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String aggregateId, long currentVersion) {
        super("Phiên bản bạn gửi trong If-Match không còn là phiên bản hiện tại của \"" + aggregateId
                + "\". Vui lòng tải lại dữ liệu.", Map.of("currentVersion", currentVersion));
    }

    @Override public int status() { return 412; }
    @Override public String typeSlug() { return "stale-version"; }
    @Override public String title() { return "Phiên bản dữ liệu đã cũ"; }
}
