package vn.thidua.support.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation, search keys and slugs for Vietnamese text.
 *
 * <p>The same word arrives precomposed from one keyboard and decomposed (NFD) from another, so nothing is compared
 * before it has gone through {@link #nfc} or {@link #fold}.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // \s alone is ASCII-only in Java; names pasted from office documents carry no-break and thin spaces.
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** The text in Unicode NFC, the form in which all text is stored; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The search key of a text: lower case, without tone or vowel marks, "đ" as "d", runs of whitespace as one
     * space, trimmed. "ĐẶNG  Thái Bình" and its NFD spelling both give "dang thai binh". {@code null} gives "".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        // Marks go before lower-casing so that e.g. "İ" cannot reintroduce a combining dot afterwards.
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // "đ" is a letter of its own, not "d" plus a mark: Unicode does not decompose it.
        bare = bare.replace('đ', 'd');
        return WHITESPACE.matcher(bare).replaceAll(" ").trim();
    }

    /** An ASCII slug such as "dinh-hoa": the folded text with every other run of characters as one hyphen. */
    public static String slug(String text) {
        String hyphenated = NOT_SLUG.matcher(fold(text)).replaceAll("-");
        int start = 0;
        int end = hyphenated.length();
        while (start < end && hyphenated.charAt(start) == '-') {
            start++;
        }
        while (end > start && hyphenated.charAt(end - 1) == '-') {
            end--;
        }
        return hyphenated.substring(start, end);
    }

    /**
     * Whether a stored key contains the query. The key must already be folded (it is stored that way); the query
     * is folded here. A blank query matches every key, so an empty search box filters nothing; a {@code null} key
     * matches only a blank query.
     */
    public static boolean matches(String foldedKey, String query) {
        String foldedQuery = fold(query);
        if (foldedQuery.isEmpty()) {
            return true;
        }
        return foldedKey != null && foldedKey.contains(foldedQuery);
    }
}
