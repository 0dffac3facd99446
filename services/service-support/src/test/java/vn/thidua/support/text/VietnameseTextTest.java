package vn.thidua.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    // "Định Hóa" typed on a keyboard that sends decomposed characters: D-stroke, i, dot below, ..., o, acute.
    private static final String DINH_HOA_NFD = "\u0110i\u0323nh Ho\u0301a";

    @Test
    void nfcComposesDecomposedInput() {
        assertThat(VietnameseText.nfc(DINH_HOA_NFD)).isEqualTo("Định Hóa").hasSize(8);
    }

    @Test
    void nfcLeavesComposedTextUnchanged() {
        assertThat(VietnameseText.nfc("Phượng Tiến")).isEqualTo("Phượng Tiến");
    }

    @Test
    void nfcOfNullIsNull() {
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "Định Hóa, dinh hoa",
            "Phượng Tiến, phuong tien",
            "ĐẶNG Thái Bình, dang thai binh",
            "đường Đồng Khởi, duong dong khoi",
            "Chiến sĩ thi đua cơ sở, chien si thi dua co so",
            "Huân chương Lao động hạng Ba, huan chuong lao dong hang ba",
            "THÁI NGUYÊN, thai nguyen",
            "Ủy ban nhân dân, uy ban nhan dan",
    })
    void foldRemovesMarksAndLowerCases(String text, String expected) {
        assertThat(VietnameseText.fold(text)).isEqualTo(expected);
    }

    @Test
    void foldOfDecomposedInputEqualsFoldOfComposedInput() {
        assertThat(DINH_HOA_NFD).isNotEqualTo("Định Hóa");
        assertThat(VietnameseText.fold(DINH_HOA_NFD)).isEqualTo("dinh hoa");
        String nfd = Normalizer.normalize("ĐẶNG Thái Bình, Phượng Tiến", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(nfd)).isEqualTo("dang thai binh, phuong tien");
    }

    @Test
    void foldTurnsUpperAndLowerDStrokeIntoD() {
        assertThat(VietnameseText.fold("Đ")).isEqualTo("d");
        assertThat(VietnameseText.fold("đ")).isEqualTo("d");
        assertThat(VietnameseText.fold("ĐĐđđ")).isEqualTo("dddd");
    }

    @Test
    void foldCollapsesAndTrimsEveryKindOfWhitespace() {
        assertThat(VietnameseText.fold("  Định\t\tHóa \n")).isEqualTo("dinh hoa");
        // no-break space and thin space, as pasted from word processors
        assertThat(VietnameseText.fold("Định\u00A0Hóa\u2009xã")).isEqualTo("dinh hoa xa");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00A0"})
    void foldOfNullOrBlankIsEmpty(String text) {
        assertThat(VietnameseText.fold(text)).isEmpty();
    }

    static Stream<Arguments> everyVowelWithEveryTone() {
        // base letter, its ASCII key, then the five tones: huyền, sắc, hỏi, ngã, nặng
        String[][] table = {
                {"a", "a", "à", "á", "ả", "ã", "ạ"},
                {"ă", "a", "ằ", "ắ", "ẳ", "ẵ", "ặ"},
                {"â", "a", "ầ", "ấ", "ẩ", "ẫ", "ậ"},
                {"e", "e", "è", "é", "ẻ", "ẽ", "ẹ"},
                {"ê", "e", "ề", "ế", "ể", "ễ", "ệ"},
                {"i", "i", "ì", "í", "ỉ", "ĩ", "ị"},
                {"o", "o", "ò", "ó", "ỏ", "õ", "ọ"},
                {"ô", "o", "ồ", "ố", "ổ", "ỗ", "ộ"},
                {"ơ", "o", "ờ", "ớ", "ở", "ỡ", "ợ"},
                {"u", "u", "ù", "ú", "ủ", "ũ", "ụ"},
                {"ư", "u", "ừ", "ứ", "ử", "ữ", "ự"},
                {"y", "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : table) {
            cases.add(Arguments.of(row[0], row[1]));
            for (int tone = 2; tone < row.length; tone++) {
                cases.add(Arguments.of(row[tone], row[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyVowelWithEveryTone")
    void foldStripsEveryToneFromEveryVowelInEveryForm(String vowel, String key) {
        // the table itself must hold precomposed single characters, or this test would prove nothing
        assertThat(vowel.codePointCount(0, vowel.length())).isEqualTo(1);
        String upper = vowel.toUpperCase(java.util.Locale.ROOT);

        assertThat(VietnameseText.fold(vowel)).isEqualTo(key);
        assertThat(VietnameseText.fold(upper)).isEqualTo(key);
        assertThat(VietnameseText.fold(Normalizer.normalize(vowel, Normalizer.Form.NFD))).isEqualTo(key);
        assertThat(VietnameseText.fold(Normalizer.normalize(upper, Normalizer.Form.NFD))).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "Định Hóa, dinh-hoa",
            "Phượng Tiến, phuong-tien",
            "'  Xã Phượng Tiến, huyện Định Hóa  ', xa-phuong-tien-huyen-dinh-hoa",
            "Bằng khen (cấp tỉnh) — 2025!, bang-khen-cap-tinh-2025",
            "--Đồng--Hỷ--, dong-hy",
    })
    void slugIsFoldedAsciiJoinedBySingleHyphens(String text, String expected) {
        assertThat(VietnameseText.slug(text)).isEqualTo(expected).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void slugOfDecomposedInputEqualsSlugOfComposedInput() {
        assertThat(VietnameseText.slug(DINH_HOA_NFD)).isEqualTo("dinh-hoa");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "—!?", "\u00A0-\u00A0"})
    void slugOfNullBlankOrPunctuationIsEmpty(String text) {
        assertThat(VietnameseText.slug(text)).isEmpty();
    }

    @Test
    void matchesFindsAFoldedKeyByAQueryWithOrWithoutMarks() {
        String key = VietnameseText.fold("Xã Phượng Tiến, huyện Định Hóa");
        assertThat(VietnameseText.matches(key, "dinh hoa")).isTrue();
        assertThat(VietnameseText.matches(key, "Định Hóa")).isTrue();
        assertThat(VietnameseText.matches(key, "ĐỊNH   HÓA")).isTrue();
        assertThat(VietnameseText.matches(key, DINH_HOA_NFD)).isTrue();
        assertThat(VietnameseText.matches(key, "phuong")).isTrue();
    }

    @Test
    void matchesRefusesAQueryTheKeyDoesNotContain() {
        String key = VietnameseText.fold("Xã Phượng Tiến, huyện Định Hóa");
        assertThat(VietnameseText.matches(key, "dinh hoa tien")).isFalse();
        assertThat(VietnameseText.matches(key, "Đồng Hỷ")).isFalse();
    }

    @Test
    void blankQueryMatchesEveryKeyButANonBlankQueryNeverMatchesANullKey() {
        assertThat(VietnameseText.matches("dinh hoa", null)).isTrue();
        assertThat(VietnameseText.matches("dinh hoa", "  ")).isTrue();
        assertThat(VietnameseText.matches(null, "")).isTrue();
        assertThat(VietnameseText.matches(null, "dinh")).isFalse();
    }
}
