package vn.thidua.gateway.views;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Ids from a client or from another service's answer go into a path as one encoded segment, never as a path. */
final class Paths {

    private Paths() {
    }

    static String segment(String value) {
        return UriUtils.encodePathSegment(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    static String query(String value) {
        return UriUtils.encodeQueryParam(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
