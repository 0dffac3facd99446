package vn.thidua.support.web;

import java.util.List;
import java.util.Map;
import vn.thidua.support.problem.ProblemException;

/**
 * Input that parsed but breaks a rule only the domain knows (a period that ends before it starts, a deadline after
 * the period): 400 with every offending field named, exactly like a Bean Validation failure, so a form can mark
 * all of them at once.
 */
public class InvalidInputException extends ProblemException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(summary(errors), Map.of(Problems.ERRORS, List.copyOf(errors)));
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static String summary(List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        return errors.size() == 1
                ? "Dữ liệu không hợp lệ ở trường \"" + errors.get(0).field() + "\": " + errors.get(0).message()
                : "Dữ liệu không hợp lệ ở " + errors.size() + " trường; xem danh sách \"errors\".";
    }

    @Override public int status() { return 400; }
    @Override public String typeSlug() { return ProblemType.VALIDATION.slug(); }
    @Override public String title() { return ProblemType.VALIDATION.title(); }
}
