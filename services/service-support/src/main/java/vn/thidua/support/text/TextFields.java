package vn.thidua.support.text;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.support.web.FieldProblem;

/**
 * Checks of free text from forms: trimmed, in NFC, within a length counted in code points, every refusal named by
 * its field and collected, so that one answer lists everything the officer has to correct.
 */
public final class TextFields {

    public static final String REQUIRED = "Không được để trống.";

    private TextFields() {
    }

    /** The clean text; a missing or blank value is refused as {@link #REQUIRED}, and gives {@code null}. */
    public static String required(String value, String field, int max, List<FieldProblem> errors) {
        String clean = optional(value, field, max, errors);
        if (clean == null) {
            errors.add(new FieldProblem(field, REQUIRED));
        }
        return clean;
    }

    /** The clean text, or {@code null} for a missing or blank value; too long is refused but still returned. */
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

    /**
     * Each entry {@link #required}, named {@code field[i]}; blank entries are refused and left out. A missing list
     * is an empty one.
     */
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
