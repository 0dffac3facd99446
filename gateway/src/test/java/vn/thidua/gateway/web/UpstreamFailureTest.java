package vn.thidua.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ResponseStatusException;

/** The failures that cannot be provoked reliably over real sockets on every machine (connect timeouts above all). */
class UpstreamFailureTest {

    @Test
    void connect_phase_failures_mean_the_service_was_not_reached() {
        assertThat(UpstreamFailure.of(new ConnectException("Connection refused"))).contains(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.of(new ConnectTimeoutException("connection timed out after 2000 ms")))
                .contains(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.of(new UnknownHostException("campaign-service"))).contains(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.of(new NoRouteToHostException())).contains(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.of(new UnresolvedAddressException())).contains(UpstreamFailure.UNREACHABLE);
    }

    @Test
    void a_wrapped_cause_is_found() {
        var wrapped = new IllegalStateException("Could not obtain the keys",
                new RuntimeException(new ConnectException("Connection refused")));
        assertThat(UpstreamFailure.of(wrapped)).contains(UpstreamFailure.UNREACHABLE);
        var byWebClient = new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.GET,
                URI.create("http://campaign-service:8081/api/campaigns"), HttpHeaders.EMPTY);
        assertThat(UpstreamFailure.of(byWebClient)).contains(UpstreamFailure.UNREACHABLE);
    }

    @Test
    void the_gateways_response_timeout_is_a_timeout() {
        var timeout = new TimeoutException("Response took longer than timeout: PT30S");
        assertThat(UpstreamFailure.of(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "late", timeout)))
                .contains(UpstreamFailure.TIMED_OUT);
        assertThat(UpstreamFailure.of(timeout)).contains(UpstreamFailure.TIMED_OUT);
        assertThat(UpstreamFailure.TIMED_OUT.status()).isEqualTo(504);
    }

    @Test
    void an_io_failure_after_connecting_is_a_broken_answer() {
        assertThat(UpstreamFailure.of(new IOException("Connection reset by peer"))).contains(UpstreamFailure.BROKEN);
        assertThat(UpstreamFailure.BROKEN.status()).isEqualTo(502);
    }

    @Test
    void a_connect_failure_wins_over_the_io_exceptions_wrapping_it() {
        assertThat(UpstreamFailure.of(new IOException("wrapper", new ConnectException("refused"))))
                .contains(UpstreamFailure.UNREACHABLE);
    }

    @Test
    void anything_else_is_not_a_failure_of_the_call() {
        assertThat(UpstreamFailure.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(UpstreamFailure.of(new ResponseStatusException(HttpStatus.NOT_FOUND))).isEmpty();
    }

    @Test
    @Timeout(5)
    void a_looping_cause_chain_ends() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(UpstreamFailure.of(first)).isEmpty();
    }
}
