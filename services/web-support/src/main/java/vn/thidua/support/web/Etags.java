package vn.thidua.support.web;

import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;
import vn.thidua.support.problem.PreconditionFailedException;

/**
 * ETags and {@code If-Match} as every service handles them: the ETag of a resource is its version as a strong
 * entity tag ({@code "3"}), and a write names the version it was based on in {@code If-Match}.
 *
 * <p>The rules, following RFC 9110 §13.1.1 except where noted:
 * <ul>
 * <li>No {@code If-Match}: no precondition (the conditional update on the stored version still prevents a lost
 *     update within the request). {@code *}: matches any existing version.</li>
 * <li>A list ({@code "3", "4"}) matches if any member names the current version. Tags may come without quotes
 *     ({@code 3}), which some clients send.</li>
 * <li>A weak tag ({@code W/"3"}) is refused with 400 {@code malformed-request}, not treated as a mismatch (412)
 *     as the RFC's strong comparison would. We only ever send strong tags, so a weak one means a proxy weakened
 *     ours (compression does that); a 412 would tell the user to reload, which would bring back the same weak tag
 *     and fail again forever, whereas the 400 names the real problem.</li>
 * <li>A tag that is not a version number is malformed (400) for the same reason: no ETag of ours looks like it.</li>
 * </ul>
 */
public final class Etags {

    private static final String IF_MATCH = "If-Match";

    private Etags() {
    }

    /** The strong ETag of a version: {@code 3} gives {@code "3"}. */
    public static String format(long version) {
        return "\"" + version + "\"";
    }

    /** An {@code If-Match} header, parsed; {@link IfMatch#absent()} when the header is missing or blank. */
    public static IfMatch parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return IfMatch.ABSENT;
        }
        if (header.strip().equals("*")) {
            return IfMatch.ANY;
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String member : splitList(header)) {
            versions.add(parseTag(member));
        }
        if (versions.isEmpty()) {
            throw malformed("Header If-Match không chứa phiên bản nào.");
        }
        return new IfMatch(false, Set.copyOf(versions));
    }

    /**
     * Refuses a write whose {@code If-Match} does not name the current version, with 412 {@code stale-version}.
     * Passes when the header is absent or {@code *}.
     */
    public static void requireMatch(String ifMatchHeader, long currentVersion, String aggregateId) {
        if (!parseIfMatch(ifMatchHeader).matches(currentVersion)) {
            throw new PreconditionFailedException(aggregateId, currentVersion);
        }
    }

    /**
     * The single version a client based its write on, to pass to a conditional update; empty when there is no
     * header or {@code *}. A list of several versions cannot say which one to update from and is refused (400).
     */
    public static OptionalLong expectedVersion(String ifMatchHeader) {
        IfMatch ifMatch = parseIfMatch(ifMatchHeader);
        if (ifMatch.absent() || ifMatch.any()) {
            return OptionalLong.empty();
        }
        if (ifMatch.versions().size() > 1) {
            throw malformed("Header If-Match chỉ được chứa một phiên bản, ví dụ If-Match: \"3\".");
        }
        return OptionalLong.of(ifMatch.versions().iterator().next());
    }

    /**
     * A parsed {@code If-Match}.
     *
     * @param any      {@code *}
     * @param versions the versions listed; empty for {@code *} and for a missing header
     */
    public record IfMatch(boolean any, Set<Long> versions) {

        static final IfMatch ABSENT = new IfMatch(false, Set.of());
        static final IfMatch ANY = new IfMatch(true, Set.of());

        public IfMatch {
            versions = Set.copyOf(versions);
        }

        /** No header: the request sets no precondition. */
        public boolean absent() {
            return !any && versions.isEmpty();
        }

        public boolean matches(long currentVersion) {
            return absent() || any || versions.contains(currentVersion);
        }
    }

    private static long parseTag(String member) {
        String tag = member.strip();
        if (tag.startsWith("W/") || tag.startsWith("w/")) {
            throw malformed("Header If-Match chứa ETag yếu (" + ValueTypes.shorten(tag) + "), không dùng được để"
                    + " cập nhật dữ liệu. Vui lòng gửi đúng ETag đã nhận, ví dụ If-Match: \"3\".");
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        } else if (tag.contains("\"")) {
            throw malformed("Header If-Match không đúng cú pháp (" + ValueTypes.shorten(member.strip())
                    + "). Ví dụ hợp lệ: If-Match: \"3\".");
        }
        if (tag.isEmpty() || tag.length() > 19 || !tag.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed("Header If-Match phải chứa số phiên bản lấy từ ETag, ví dụ If-Match: \"3\" (nhận được "
                    + ValueTypes.shorten(member.strip()) + ").");
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException tooLarge) {
            throw malformed("Số phiên bản trong header If-Match quá lớn.");
        }
    }

    // Commas may appear inside a quoted entity tag (RFC 9110 etagc), so a plain split would cut one in two.
    private static Iterable<String> splitList(String header) {
        var members = new java.util.ArrayList<String>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                if (!current.toString().isBlank()) {
                    members.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw malformed("Header If-Match không đúng cú pháp: thiếu dấu ngoặc kép đóng."
                    + " Ví dụ hợp lệ: If-Match: \"3\".");
        }
        if (!current.toString().isBlank()) {
            members.add(current.toString());
        }
        return members;
    }

    private static MalformedRequestException malformed(String detail) {
        return new MalformedRequestException(detail, new FieldProblem(IF_MATCH, Issue.sentence(
                "giá trị header If-Match không hợp lệ")));
    }
}
