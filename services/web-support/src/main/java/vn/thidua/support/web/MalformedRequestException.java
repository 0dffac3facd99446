package vn.thidua.support.web;

import java.util.List;
import java.util.Map;
import vn.thidua.support.problem.ProblemException;

/**
 * The request itself is malformed in a way the framework cannot see (400): an unreadable header such as a weak
 * {@code If-Match}, a cursor that does not decode. Field problems, if any, become the {@code errors} list.
 */
public class MalformedRequestException extends ProblemException {

    public MalformedRequestException(String detail) {
        super(detail);
    }

    public MalformedRequestException(String detail, FieldProblem error) {
        super(detail, Map.of(Problems.ERRORS, List.of(error)));
    }

    @Override public int status() { return 400; }
    @Override public String typeSlug() { return ProblemType.MALFORMED_REQUEST.slug(); }
    @Override public String title() { return ProblemType.MALFORMED_REQUEST.title(); }
}
