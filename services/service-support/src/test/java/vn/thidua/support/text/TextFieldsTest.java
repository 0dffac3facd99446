package vn.thidua.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.web.FieldProblem;

class TextFieldsTest {

    private final List<FieldProblem> errors = new ArrayList<>();

    @Test
    void requiredTextIsTrimmedAndInNfc() {
        assertThat(TextFields.required("  Đinh Ho\u0301a \t", "name", 50, errors)).isEqualTo("Đinh Hóa");
        assertThat(errors).isEmpty();
    }

    @Test
    void missingOrBlankRequiredTextIsRefusedByItsField() {
        assertThat(TextFields.required(null, "title", 50, errors)).isNull();
        assertThat(TextFields.required(" \t", "signer", 50, errors)).isNull();
        assertThat(errors).containsExactly(new FieldProblem("title", TextFields.REQUIRED),
                new FieldProblem("signer", TextFields.REQUIRED));
    }

    @Test
    void optionalTextMayBeMissing() {
        assertThat(TextFields.optional(null, "issuer", 50, errors)).isNull();
        assertThat(TextFields.optional("   ", "issuer", 50, errors)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void lengthIsCountedInCharactersAfterNfcAndTooLongIsRefusedButKept() {
        String decomposed = "a\u0301".repeat(5); // five "á" once composed, ten chars before
        assertThat(TextFields.optional(decomposed, "code", 5, errors)).isEqualTo("á".repeat(5));
        assertThat(errors).isEmpty();

        assertThat(TextFields.required("abcdef", "code", 5, errors)).isEqualTo("abcdef");
        assertThat(errors).containsExactly(new FieldProblem("code", "Dài quá 5 ký tự."));
    }

    @Test
    void listEntriesAreNamedByIndexAndBlanksLeftOut() {
        List<String> clean = TextFields.list(Arrays.asList(" Mục tiêu 1 ", "", null, "Mục tiêu 4"), "goals", 50,
                errors);
        assertThat(clean).containsExactly("Mục tiêu 1", "Mục tiêu 4");
        assertThat(errors).containsExactly(new FieldProblem("goals[1]", TextFields.REQUIRED),
                new FieldProblem("goals[2]", TextFields.REQUIRED));
    }

    @Test
    void aMissingListIsEmpty() {
        assertThat(TextFields.list(null, "goals", 50, errors)).isEmpty();
        assertThat(errors).isEmpty();
    }
}
