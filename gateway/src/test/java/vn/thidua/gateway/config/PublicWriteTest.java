package vn.thidua.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

class PublicWriteTest {

    @Test
    void reads_method_and_pattern_from_configuration_text() {
        PublicWrite write = PublicWrite.valueOf("  post   /api/public-notices/{id}/objections ");

        assertThat(write.method()).isEqualTo(HttpMethod.POST);
        assertThat(write.pathPattern()).isEqualTo("/api/public-notices/{id}/objections");
        assertThat(write).hasToString("POST /api/public-notices/{id}/objections");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/visits",          // reads are public anyway; a read here is a misunderstanding
            "POST /actuator/shutdown",  // nothing outside the API
            "POST /api/**",             // would open every write
            "POST /api/visits/**",
            "POST",
            "POST /api/visits extra"})
    void refuses_what_would_open_more_than_one_kind_of_write(String text) {
        assertThatThrownBy(() -> PublicWrite.valueOf(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
