package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Violations from method validation of {@code @Validated} beans, named as a client would name the field. */
class ValidationProblemsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static class CampaignService {
        void create(@Valid ProblemTestController.CampaignRequest request) {
        }

        void list(@Min(1) int page, List<@NotBlank String> tags) {
        }

        void rename(@Size(max = 5) String title) {
        }
    }

    private static List<FieldProblem> problemsOf(String method, Class<?>[] types, Object... arguments)
            throws NoSuchMethodException {
        Method m = CampaignService.class.getDeclaredMethod(method, types);
        var violations = VALIDATOR.forExecutables().validateParameters(new CampaignService(), m, arguments);
        return ValidationProblems.fromViolations(violations).stream().map(Issue::toFieldProblem)
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
    }

    @Test
    void beanParameterPathStartsAtTheBean() throws Exception {
        var request = new ProblemTestController.CampaignRequest("Thi đua",
                new ProblemTestController.Period(null, java.time.LocalDate.of(2025, 12, 31)),
                List.of(new ProblemTestController.Criterion("Chuyên cần", 101)),
                null, null, null, null, null);

        var problems = problemsOf("create", new Class<?>[]{ProblemTestController.CampaignRequest.class}, request);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("criteria[0].maxScore", "period.from");
    }

    @Test
    void simpleParametersKeepTheirNameAndContainerElementsTheirIndex() throws Exception {
        var problems = problemsOf("list", new Class<?>[]{int.class, List.class}, 0, List.of("a", " "));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("page", "tags[1]");
        assertThat(problems).extracting(FieldProblem::message)
                .containsExactly("Phải lớn hơn hoặc bằng 1.", "Không được chỉ chứa khoảng trắng.");
    }

    @Test
    void sizeOfTextCountsWhatTheConstraintCounted() throws Exception {
        var problems = problemsOf("rename", new Class<?>[]{String.class}, "Định Hóa");

        assertThat(problems).extracting(FieldProblem::message)
                .containsExactly("Phải có tối đa 5 ký tự (hiện có 8).");
    }

    static class Nomination {
        @NotBlank(message = "Vui lòng nhập họ tên người được đề nghị khen thưởng.")
        String nominee;
    }

    @Test
    void developersOwnMessageIsKept() {
        var issues = ValidationProblems.fromViolations(VALIDATOR.validate(new Nomination()));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.toFieldProblem()).isEqualTo(
                    new FieldProblem("nominee", "Vui lòng nhập họ tên người được đề nghị khen thưởng."));
            assertThat(Issue.detail(List.of(issue)))
                    .isEqualTo("Trường \"nominee\": Vui lòng nhập họ tên người được đề nghị khen thưởng.");
        });
    }
}
