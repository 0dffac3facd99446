package vn.thidua.support.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;

/**
 * One thing wrong with a request, kept in parts so that it can be said both next to its field ("Không được để
 * trống.") and in the problem's detail ("Trường \"title\" không được để trống.").
 *
 * @param field      JSON path or parameter name; {@code null} for the request as a whole
 * @param noun       what the field is called in a sentence: "trường", "tham số", "header"...
 * @param predicate  the Vietnamese predicate ("không được để trống"), or {@code null} when {@code ownMessage} is set
 * @param ownMessage a complete sentence written by a developer (a constraint's own message), used as it is
 */
record Issue(String field, String noun, String predicate, String ownMessage) {

    static final String FIELD = "trường";
    static final String PARAMETER = "tham số";

    private static final int MAX_IN_DETAIL = 5;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static Issue onField(String field, String predicate) {
        return new Issue(field, FIELD, predicate, null);
    }

    FieldProblem toFieldProblem() {
        String message = ownMessage != null ? sentence(ownMessage) : sentence(predicate);
        return new FieldProblem(field, message);
    }

    /** The issue as a clause of a longer sentence, starting in lower case. */
    String clause() {
        String subject = field != null ? noun + " \"" + field + "\"" : noun;
        if (ownMessage != null) {
            String own = withoutFinalStop(ownMessage);
            return subject != null ? subject + ": " + own : own;
        }
        return subject != null ? subject + " " + predicate : predicate;
    }

    /**
     * The validation problem for these issues: the detail names them all (up to a few) so that a user who sees
     * only the detail still knows what to fix; {@code errors} lists each, sorted so the answer is stable.
     */
    static ProblemDetail problem(List<Issue> issues) {
        List<Issue> sorted = issues.stream()
                .sorted(Comparator.comparing(Issue::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Issue::clause))
                .distinct()
                .toList();
        return Problems.validation(detail(sorted), sorted.stream().map(Issue::toFieldProblem).toList());
    }

    static String detail(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "Dữ liệu gửi lên chưa hợp lệ. Vui lòng kiểm tra lại.";
        }
        if (issues.size() == 1) {
            return sentence(issues.get(0).clause());
        }
        String shown = issues.stream().limit(MAX_IN_DETAIL).map(Issue::clause).collect(Collectors.joining("; "));
        String more = issues.size() > MAX_IN_DETAIL
                ? "; và " + (issues.size() - MAX_IN_DETAIL) + " lỗi khác (xem danh sách errors)"
                : "";
        return "Yêu cầu có " + issues.size() + " giá trị chưa hợp lệ: " + shown + more + ".";
    }

    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "Giá trị không hợp lệ.";
        }
        String trimmed = text.strip();
        String capitalised = trimmed.substring(0, 1).toUpperCase(VIETNAMESE) + trimmed.substring(1);
        char last = capitalised.charAt(capitalised.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' ? capitalised : capitalised + ".";
    }

    private static String withoutFinalStop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
