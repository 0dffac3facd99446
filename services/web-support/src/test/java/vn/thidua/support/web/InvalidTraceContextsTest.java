package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class InvalidTraceContextsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"})
    void aValidTraceContextReachesTheTracerWithItsTracestate(String traceparent) {
        var request = MockServerHttpRequest.get("/api/units").header("traceparent", traceparent)
                .header("tracestate", "vendor=1").build();

        var passed = InvalidTraceContexts.withValidTraceContext(request);

        assertThat(passed.getHeaders().getFirst("traceparent")).isEqualTo(traceparent);
        assertThat(passed.getHeaders().getFirst("tracestate")).isEqualTo("vendor=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00-4bf92f3577b34da6a3ce929d0e0e4736",                     // no parent id: Brave's parser throws
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero parent id
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper-case hex
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", // version 00 has no more fields
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // version ff is forbidden
            "not a trace context"})
    void anInvalidTraceContextIsDroppedWithItsTracestate(String traceparent) {
        var request = MockServerHttpRequest.get("/api/units").header("traceparent", traceparent)
                .header("tracestate", "vendor=1").header("Accept", "application/json").build();

        var passed = InvalidTraceContexts.withValidTraceContext(request);

        assertThat(passed.getHeaders().containsHeader("traceparent")).isFalse();
        assertThat(passed.getHeaders().containsHeader("tracestate")).isFalse();
        assertThat(passed.getHeaders().getFirst("Accept")).isEqualTo("application/json");
    }
}
