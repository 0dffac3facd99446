package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.support.problem.PreconditionFailedException;
import vn.thidua.support.problem.ProblemException;

class EtagsTest {

    @Test
    void versionIsFormattedAsAStrongTag() {
        assertThat(Etags.format(3)).isEqualTo("\"3\"");
        assertThat(Etags.format(0)).isEqualTo("\"0\"");
    }

    @Test
    void quotedAndBareTagsParseToTheSameVersion() {
        assertThat(Etags.parseIfMatch("\"3\"").versions()).containsExactly(3L);
        assertThat(Etags.parseIfMatch(" 3 ").versions()).containsExactly(3L);
    }

    @Test
    void listMatchesWhenAnyMemberIsCurrent() {
        Etags.IfMatch ifMatch = Etags.parseIfMatch("\"2\", \"5\"");

        assertThat(ifMatch.versions()).isEqualTo(Set.of(2L, 5L));
        assertThat(ifMatch.matches(5)).isTrue();
        assertThat(ifMatch.matches(3)).isFalse();
    }

    @Test
    void absentHeaderAndStarSetNoPrecondition() {
        assertThat(Etags.parseIfMatch(null).absent()).isTrue();
        assertThat(Etags.parseIfMatch("  ").absent()).isTrue();
        assertThat(Etags.parseIfMatch("*").any()).isTrue();
        assertThatCode(() -> Etags.requireMatch(null, 7, "campaign-1")).doesNotThrowAnyException();
        assertThatCode(() -> Etags.requireMatch("*", 7, "campaign-1")).doesNotThrowAnyException();
    }

    @Test
    void currentVersionPasses() {
        assertThatCode(() -> Etags.requireMatch("\"7\"", 7, "campaign-1")).doesNotThrowAnyException();
    }

    @Test
    void staleVersionFailsThePrecondition() {
        assertThatThrownBy(() -> Etags.requireMatch("\"6\"", 7, "campaign-1"))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.properties()).containsEntry("currentVersion", 7L);
                    assertThat(e.detail()).contains("campaign-1");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "\"3\", W/\"4\"", "w/\"3\""})
    void weakTagsAreRefusedAsMalformedNotStale(String header) {
        assertThatThrownBy(() -> Etags.requireMatch(header, 3, "campaign-1"))
                .isInstanceOfSatisfying(MalformedRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.typeSlug()).isEqualTo("malformed-request");
                    assertThat(e.detail()).contains("ETag yếu");
                    assertThat(e.properties().get(Problems.ERRORS)).asInstanceOf(
                                    org.assertj.core.api.InstanceOfAssertFactories.LIST)
                            .extracting("field").containsExactly("If-Match");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"3", "3\"", "\"-1\"", "\"\"", ",", "\"99999999999999999999\""})
    void tagsThatAreNotOurVersionsAreMalformed(String header) {
        assertThatThrownBy(() -> Etags.parseIfMatch(header))
                .isInstanceOf(MalformedRequestException.class)
                .extracting(e -> ((ProblemException) e).detail()).asString().contains("If-Match");
    }

    @Test
    void commaInsideQuotesDoesNotSplitATag() {
        assertThatThrownBy(() -> Etags.parseIfMatch("\"1,2\""))
                .isInstanceOf(MalformedRequestException.class)
                .extracting(e -> ((ProblemException) e).detail()).asString().contains("1,2");
    }

    @Test
    void expectedVersionIsTheSingleTagNamed() {
        assertThat(Etags.expectedVersion("\"4\"")).hasValue(4);
        assertThat(Etags.expectedVersion(null)).isEmpty();
        assertThat(Etags.expectedVersion("*")).isEmpty();
        assertThatThrownBy(() -> Etags.expectedVersion("\"4\", \"5\""))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void parsedListIsImmutable() {
        Etags.IfMatch ifMatch = Etags.parseIfMatch("\"1\"");

        assertThatThrownBy(() -> ifMatch.versions().add(2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(ifMatch.versions())).containsExactly(1L);
    }
}
