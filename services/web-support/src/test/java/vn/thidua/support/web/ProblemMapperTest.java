package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import vn.thidua.support.problem.BusinessRuleException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(DataSize.ofKilobytes(512));

    private static MockServerWebExchange get() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
    }

    private static MockServerWebExchange postWithBody() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/x")
                .header(HttpHeaders.CONTENT_LENGTH, "600000").body("{}"));
    }

    @Test
    void refusedConnectionToADependencyIsUnavailableNotInternal() {
        var error = new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.GET,
                URI.create("http://danh-muc/api/units"), new HttpHeaders());

        ProblemResponse response = mapper.map(error, get());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body().getType()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.uri());
    }

    @Test
    void gatewayTimeoutKeepsItsStatusAndIsTypedUnavailable() {
        ProblemResponse response = mapper.map(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT), get());

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.body().getType()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.uri());
    }

    @Test
    void statusWithoutAProblemTypeIsAboutBlank() {
        ProblemResponse response = mapper.map(new ResponseStatusException(HttpStatus.GONE, "gone for good"), get());

        assertThat(response.status()).isEqualTo(410);
        assertThat(response.body().getType()).isEqualTo(URI.create("about:blank"));
        assertThat(response.body().getDetail()).contains("410").doesNotContain("gone for good");
    }

    @Test
    void limitHitWhileReadingTheRequestIs413ButWhileReadingAnUpstreamIs500() {
        var limit = new DataBufferLimitException("Exceeded limit on max bytes to buffer : 524288");

        assertThat(mapper.map(limit, postWithBody()).status()).isEqualTo(413);
        assertThat(mapper.map(limit, postWithBody()).body().getDetail()).contains("512 KB");
        assertThat(mapper.map(limit, get()).status()).isEqualTo(500);
    }

    @Test
    void valueObjectRefusingItselfDuringDecodingSpeaksForItself() {
        var refusal = new BusinessRuleException("period-reversed", "Ngày bắt đầu phải trước ngày kết thúc.");
        var error = new ServerWebInputException("Failed to read HTTP message", null,
                new DecodingException("JSON decoding error", refusal));

        ProblemResponse response = mapper.map(error, postWithBody());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().getDetail()).isEqualTo("Ngày bắt đầu phải trước ngày kết thúc.");
    }

    @Test
    void rateLimitIsRoundedUpToWholeSecondsAndNeverZero() {
        assertThat(mapper.map(new RateLimitedException(java.time.Duration.ofMillis(1)), get()).headers()
                .getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(mapper.map(new RateLimitedException(java.time.Duration.ofMillis(2001)), get()).headers()
                .getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
    }
}
