package vn.thidua.support.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a value of a Java type looks like, told in Vietnamese to the person who sent something else. */
final class ValueTypes {

    private static final int MAX_ENUM_CONSTANTS_SHOWN = 12;
    private static final int MAX_ECHOED_LENGTH = 60;

    private ValueTypes() {
    }

    /** A noun phrase to follow "phải là", e.g. "một số nguyên". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "một giá trị đúng kiểu";
        }
        Class<?> t = box(type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            return "một số nguyên";
        }
        if (t == Double.class || t == Float.class || t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
            return "một số";
        }
        if (t == Boolean.class) {
            return "true hoặc false";
        }
        if (t == LocalDate.class) {
            return "một ngày có thật theo định dạng YYYY-MM-DD, ví dụ 2025-01-31";
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return "một thời điểm theo định dạng ISO-8601, ví dụ 2025-01-31T08:00:00Z";
        }
        if (t == LocalDateTime.class) {
            return "một ngày giờ theo định dạng YYYY-MM-DDTHH:MM:SS";
        }
        if (t == LocalTime.class) {
            return "một giờ theo định dạng HH:MM";
        }
        if (t == YearMonth.class) {
            return "một tháng theo định dạng YYYY-MM";
        }
        if (t == Year.class) {
            return "một năm có bốn chữ số, ví dụ 2025";
        }
        if (t == Duration.class) {
            return "một khoảng thời gian theo định dạng ISO-8601, ví dụ PT30M";
        }
        if (t == UUID.class) {
            return "một mã UUID hợp lệ";
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            String shown = Arrays.stream(constants).limit(MAX_ENUM_CONSTANTS_SHOWN)
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return "một trong các giá trị: " + shown + (constants.length > MAX_ENUM_CONSTANTS_SHOWN ? ", …" : "");
        }
        if (CharSequence.class.isAssignableFrom(t) || t == Character.class) {
            return "một chuỗi ký tự";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "một danh sách (mảng JSON)";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord() || !t.getName().startsWith("java.")) {
            return "một đối tượng JSON";
        }
        return "một giá trị đúng kiểu";
    }

    /** The value as it may be quoted back in a message: short, and never the whole of a pasted document. */
    static String echo(Object value) {
        if (value == null) {
            return "null";
        }
        String text = shorten(String.valueOf(value));
        return value instanceof CharSequence || value instanceof Character ? "\"" + text + "\"" : text;
    }

    static String shorten(String text) {
        return text.length() > MAX_ECHOED_LENGTH ? text.substring(0, MAX_ECHOED_LENGTH) + "…" : text;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        if (type == double.class) return Double.class;
        if (type == float.class) return Float.class;
        if (type == boolean.class) return Boolean.class;
        if (type == char.class) return Character.class;
        return type;
    }
}
