package vn.thidua.support.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/**
 * Says in Vietnamese what a failed Bean Validation constraint asks for, from the constraint's own attributes
 * ("phải có từ 1 đến 200 ký tự"). Hibernate Validator ships no Vietnamese messages, and its English ones would
 * reach users otherwise.
 *
 * <p>A constraint whose message a developer wrote (any template outside the {@code jakarta.validation} and
 * Hibernate namespaces) keeps that message: it was written for the user on purpose.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    /** The issue of a violation at {@code field} (a JSON path or a parameter name). */
    static Issue issue(String field, String noun, ConstraintViolation<?> violation) {
        if (isOwnMessage(violation.getMessageTemplate())) {
            return new Issue(field, noun, null, violation.getMessage());
        }
        return new Issue(field, noun, predicate(violation), null);
    }

    /**
     * The issue of a Spring validation error that is not backed by a Bean Validation violation (a Spring
     * {@code Validator}'s {@code rejectValue}, a binding failure).
     */
    static Issue issue(String field, String noun, MessageSourceResolvable error, Class<?> fieldType) {
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
        if ("typeMismatch".equals(code)) {
            return new Issue(field, noun, "phải là " + ValueTypes.expected(fieldType), null);
        }
        if (error.getDefaultMessage() != null && !error.getDefaultMessage().isBlank()) {
            return new Issue(field, noun, null, error.getDefaultMessage());
        }
        return new Issue(field, noun, "có giá trị không hợp lệ", null);
    }

    static boolean isOwnMessage(String template) {
        return template != null
                && !template.startsWith("{jakarta.validation.constraints.")
                && !template.startsWith("{org.hibernate.validator.constraints.");
    }

    static String predicate(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Class<?> annotation = descriptor.getAnnotation().annotationType();
        Map<String, Object> a = descriptor.getAttributes();
        Object value = violation.getInvalidValue();
        String name = annotation.getPackageName().equals("jakarta.validation.constraints")
                || annotation.getPackageName().equals("org.hibernate.validator.constraints")
                ? annotation.getSimpleName() : "";
        return switch (name) {
            case "NotNull" -> "không được để trống";
            case "NotBlank" -> value == null || value.toString().isEmpty()
                    ? "không được để trống"
                    : "không được chỉ chứa khoảng trắng";
            case "NotEmpty" -> value == null || value instanceof CharSequence
                    ? "không được để trống"
                    : "phải có ít nhất một " + unit(value);
            case "Null" -> "phải để trống";
            case "Size" -> size(intAttribute(a, "min"), intAttribute(a, "max"), value);
            case "Length" -> size(intAttribute(a, "min"), intAttribute(a, "max"), value);
            case "Min" -> "phải lớn hơn hoặc bằng " + a.get("value");
            case "Max" -> "phải nhỏ hơn hoặc bằng " + a.get("value");
            case "DecimalMin" -> (inclusive(a) ? "phải lớn hơn hoặc bằng " : "phải lớn hơn ") + a.get("value");
            case "DecimalMax" -> (inclusive(a) ? "phải nhỏ hơn hoặc bằng " : "phải nhỏ hơn ") + a.get("value");
            case "Range" -> "phải nằm trong khoảng từ " + a.get("min") + " đến " + a.get("max");
            case "Positive" -> "phải lớn hơn 0";
            case "PositiveOrZero" -> "phải lớn hơn hoặc bằng 0";
            case "Negative" -> "phải nhỏ hơn 0";
            case "NegativeOrZero" -> "phải nhỏ hơn hoặc bằng 0";
            case "Digits" -> "phải có tối đa " + a.get("integer") + " chữ số phần nguyên và " + a.get("fraction")
                    + " chữ số phần thập phân";
            case "Pattern" -> "không đúng định dạng yêu cầu";
            case "Email" -> "phải là một địa chỉ email hợp lệ";
            case "URL" -> "phải là một địa chỉ URL hợp lệ";
            case "UUID" -> "phải là một mã UUID hợp lệ";
            case "Past" -> "phải là " + temporal(value) + " trong quá khứ";
            case "PastOrPresent" -> "không được là " + temporal(value) + " trong tương lai";
            case "Future" -> "phải là " + temporal(value) + " trong tương lai";
            case "FutureOrPresent" -> "không được là " + temporal(value) + " trong quá khứ";
            default -> "có giá trị không hợp lệ";
        };
    }

    private static String size(int min, int max, Object value) {
        String unit = unit(value);
        String phrase;
        if (min == max) {
            phrase = "phải có đúng " + min + " " + unit;
        } else if (min <= 0) {
            phrase = "phải có tối đa " + max + " " + unit;
        } else if (max == Integer.MAX_VALUE) {
            phrase = "phải có ít nhất " + min + " " + unit;
        } else {
            phrase = "phải có từ " + min + " đến " + max + " " + unit;
        }
        int actual = length(value);
        return actual >= 0 ? phrase + " (hiện có " + actual + ")" : phrase;
    }

    private static String unit(Object value) {
        if (value == null || value instanceof CharSequence) {
            return "ký tự";
        }
        return value instanceof Map<?, ?> ? "mục" : "phần tử";
    }

    // The count the constraint itself used (UTF-16 units), so that "tối đa 200 (hiện có 199)" cannot happen.
    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value != null && value.getClass().isArray()) {
            return Array.getLength(value);
        }
        return -1;
    }

    private static String temporal(Object value) {
        return value instanceof LocalDate || value instanceof YearMonth || value instanceof Year
                ? "một ngày" : "một thời điểm";
    }

    private static boolean inclusive(Map<String, Object> attributes) {
        return !Boolean.FALSE.equals(attributes.get("inclusive"));
    }

    private static int intAttribute(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof Number n ? n.intValue() : 0;
    }
}
