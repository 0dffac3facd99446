package vn.thidua.support.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/** A problem and the headers that go with it ({@code Allow} on a 405, {@code Retry-After} on a 429 or 503). */
public record ProblemResponse(ProblemDetail body, HttpHeaders headers) {

    public ProblemResponse(ProblemDetail body) {
        this(body, new HttpHeaders());
    }

    public int status() {
        return body.getStatus();
    }
}
