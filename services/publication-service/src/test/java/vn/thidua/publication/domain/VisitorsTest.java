package vn.thidua.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
            "Mozilla/5.0 (compatible; bingbot/2.0)", "facebookexternalhit/1.1", "python-requests/2.31",
            "Mozilla/5.0 HeadlessChrome/120.0"})
    void obviousBotsAreRecognised(String userAgent) {
        assertThat(Visitors.isBot(userAgent)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1"})
    void browsersAreReaders(String userAgent) {
        assertThat(Visitors.isBot(userAgent)).isFalse();
    }

    @Test
    void theKeyHidesTheAddressAndChangesWithTheSalt() {
        String key = Visitors.key("salt-1", "203.0.113.7", "Mozilla/5.0");
        assertThat(key).hasSize(64).doesNotContain("203.0.113.7").isEqualTo(Visitors.key("salt-1", "203.0.113.7", "Mozilla/5.0"));
        assertThat(Visitors.key("salt-2", "203.0.113.7", "Mozilla/5.0")).isNotEqualTo(key);
        assertThat(Visitors.key("salt-1", "203.0.113.8", "Mozilla/5.0")).isNotEqualTo(key);
    }
}
