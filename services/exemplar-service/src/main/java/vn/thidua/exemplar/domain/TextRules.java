package vn.thidua.exemplar.domain;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;

/** Checks of free text from forms: NFC, trimmed, within a length, every refusal named by its field. */
public final class TextRules {

    static final String REQUIRED = "Không được để trống.";

    private TextRules() {
    }

    public static String required(String value, String field, int max, List<FieldProblem> errors) {
        String clean = optional(value, field, max, errors);
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, REQUIRED));
        }
        return clean;
    }

    public static String optional(String value, String field, int max, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = VietnameseText.nfc(value.strip());
        if (clean.codePointCount(0, clean.length()) > max) {
            errors.add(new FieldProblem(field, "Dài quá " + max + " ký tự."));
        }
        return clean;
    }

    public static List<String> list(List<String> values, String field, int max, List<FieldProblem> errors) {
        var clean = new ArrayList<String>();
        if (values == null) {
            return clean;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = required(values.get(i), field + "[" + i + "]", max, errors);
            if (value != null) {
                clean.add(value);
            }
        }
        return clean;
    }
}
