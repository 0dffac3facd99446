package vn.thidua.support.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * A request body Jackson could not read, explained: where (the field's JSON path, and line and column for broken
 * JSON) and what was expected. Jackson's own messages are never passed on: they are English and name Java classes.
 */
final class JsonInputProblems {

    private static final int MAX_KNOWN_FIELDS_SHOWN = 20;
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");

    private JsonInputProblems() {
    }

    static ProblemDetail problem(JacksonException e) {
        String path = pathOf(e);
        if (e instanceof PropertyBindingException unknown) {
            return unknownField(path != null ? path : unknown.getPropertyName(), unknown);
        }
        if (e instanceof InvalidNullException) {
            return field(path, "không được để trống (null)");
        }
        if (e instanceof InvalidFormatException invalid) {
            return field(path, "phải là " + ValueTypes.expected(invalid.getTargetType())
                    + " (nhận được " + ValueTypes.echo(invalid.getValue()) + ")");
        }
        if (e instanceof InputCoercionException coercion) {
            return field(path, "phải là " + ValueTypes.expected(coercion.getTargetType())
                    + " nằm trong phạm vi cho phép");
        }
        if (e instanceof ValueInstantiationException) {
            return field(path, "có giá trị không hợp lệ");
        }
        if (e instanceof MismatchedInputException mismatch && path != null) {
            return field(path, "phải là " + ValueTypes.expected(mismatch.getTargetType()));
        }
        if (e instanceof MismatchedInputException && e.getLocation() != null
                && e.getLocation().getCharOffset() <= 0 && e.getLocation().getByteOffset() <= 0) {
            return Problems.of(ProblemType.MALFORMED_REQUEST,
                    "Nội dung yêu cầu đang trống. Vui lòng gửi dữ liệu JSON.");
        }
        return malformed(e, path);
    }

    private static ProblemDetail field(String path, String predicate) {
        if (path == null) {
            return Problems.of(ProblemType.MALFORMED_REQUEST, Issue.sentence("nội dung yêu cầu " + predicate));
        }
        return Issue.problem(List.of(Issue.onField(path, predicate)));
    }

    private static ProblemDetail unknownField(String path, PropertyBindingException e) {
        Issue issue = Issue.onField(path, "không được hỗ trợ");
        ProblemDetail problem = Issue.problem(List.of(issue));
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        if (!known.isEmpty() && known.size() <= MAX_KNOWN_FIELDS_SHOWN) {
            problem.setDetail("Trường \"" + path + "\" không được hỗ trợ. Các trường hợp lệ ở vị trí này: "
                    + String.join(", ", known) + ".");
        } else {
            problem.setDetail("Trường \"" + path + "\" không được hỗ trợ. Vui lòng kiểm tra lại tên trường.");
        }
        return problem;
    }

    private static ProblemDetail malformed(JacksonException e, String path) {
        String duplicate = duplicateName(e, path);
        if (duplicate != null) {
            path = null;
        }
        StringBuilder detail = new StringBuilder();
        if (e instanceof UnexpectedEndOfInputException) {
            detail.append("Nội dung JSON bị cắt ngang, chưa kết thúc");
        } else if (e instanceof StreamConstraintsException) {
            detail.append("Nội dung JSON vượt quá giới hạn cho phép (độ sâu lồng nhau hoặc độ dài của một giá trị)");
        } else if (duplicate != null) {
            detail.append("Trường \"").append(duplicate).append("\" xuất hiện nhiều lần trong nội dung JSON");
        } else {
            detail.append("Nội dung JSON không đúng cú pháp");
        }
        TokenStreamLocation location = e.getLocation();
        boolean located = location != null && location.getLineNr() > 0;
        if (located) {
            detail.append(" tại dòng ").append(location.getLineNr()).append(", cột ").append(location.getColumnNr());
        }
        if (path != null) {
            detail.append(located ? " (trường \"" : " tại trường \"").append(path).append(located ? "\")" : "\"");
        }
        detail.append(". Vui lòng kiểm tra lại dữ liệu gửi lên.");
        ProblemDetail problem = Problems.of(ProblemType.MALFORMED_REQUEST, detail.toString());
        if (located) {
            problem.setProperty("line", location.getLineNr());
            problem.setProperty("column", location.getColumnNr());
        }
        if (duplicate != null) {
            problem.setProperty(Problems.ERRORS, List.of(new FieldProblem(duplicate, "Xuất hiện nhiều lần.")));
        } else if (path != null) {
            problem.setProperty(Problems.ERRORS,
                    List.of(new FieldProblem(path, "Giá trị không đúng cú pháp JSON.")));
        }
        return problem;
    }

    // Jackson's parser says only "Duplicate Object property \"x\"", with the path of the enclosing object.
    private static String duplicateName(JacksonException e, String path) {
        if (!(e instanceof StreamReadException) || e.getOriginalMessage() == null) {
            return null;
        }
        Matcher matcher = DUPLICATE.matcher(e.getOriginalMessage());
        if (!matcher.find()) {
            return null;
        }
        return path == null ? matcher.group(1) : path + "." + matcher.group(1);
    }

    /** {@code criteria[0].maxScore}, from Jackson's reference chain; {@code null} at the document's root. */
    static String pathOf(JacksonException e) {
        List<JacksonException.Reference> references = e.getPath();
        if (references == null || references.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
