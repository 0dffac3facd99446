package vn.thidua.support.problem;

import java.util.Map;

/**
 * A refusal that a client should see as an RFC 9457 problem. Subclasses fix the HTTP status and the stable
 * {@code type}; the detail is the Vietnamese sentence shown to the user.
 */
public abstract class ProblemException extends RuntimeException {

    private final String detail;
    private final Map<String, Object> properties;

    protected ProblemException(String detail) {
        this(detail, Map.of());
    }

    protected ProblemException(String detail, Map<String, Object> properties) {
        super(detail);
        this.detail = detail;
        this.properties = Map.copyOf(properties);
    }

    /** The HTTP status code of the problem. */
    public abstract int status();

    /** The last segment of the stable problem type URI, e.g. {@code concurrent-change}. */
    public abstract String typeSlug();

    /** A short Vietnamese title, the same for every occurrence of this type. */
    public abstract String title();

    /** The Vietnamese explanation of this occurrence. */
    public String detail() {
        return detail;
    }

    /** Extra members of the problem document (e.g. the current version). */
    public Map<String, Object> properties() {
        return properties;
    }
}
