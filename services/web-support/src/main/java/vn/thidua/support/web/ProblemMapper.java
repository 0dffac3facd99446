package vn.thidua.support.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsatisfiedRequestParameterException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import vn.thidua.support.problem.ProblemException;

/**
 * Turns any error of an exchange into the problem a client should see. The rule it keeps: what a client sent
 * is answered with a 4xx that says, in Vietnamese, what to change; only the server's own failures are 500s, and
 * those say nothing about their cause (it is logged with the stack trace instead).
 */
public class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

    // Matched by name so that neither Spring Security nor Resilience4j has to be on the classpath.
    private static final Set<String> AUTHENTICATION_FAILURES = Set.of(
            "org.springframework.security.core.AuthenticationException");
    private static final Set<String> ACCESS_DENIALS = Set.of(
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.authorization.AuthorizationDeniedException");
    private static final Set<String> UNAVAILABLE_DEPENDENCIES = Set.of(
            "java.net.ConnectException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "io.github.resilience4j.circuitbreaker.CallNotPermittedException");

    private static final int MAX_CAUSE_DEPTH = 16;
    private static final String INVALID_REQUEST =
            "Yêu cầu không hợp lệ. Vui lòng kiểm tra lại các tham số và dữ liệu gửi lên.";

    private final DataSize maxBodySize;

    public ProblemMapper(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public ProblemResponse map(Throwable error, ServerWebExchange exchange) {
        ProblemResponse response = resolve(error, exchange);
        if (response.status() >= 500) {
            if (response.body().getType() != null && response.body().getType().equals(ProblemType.INTERNAL.uri())) {
                log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), path(exchange), error);
            } else {
                log.warn("{} {} answered {}: {}", exchange.getRequest().getMethod(), path(exchange),
                        response.status(), String.valueOf(error));
            }
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} refused with {}", exchange.getRequest().getMethod(), path(exchange),
                    response.status(), error);
        }
        return response;
    }

    private ProblemResponse resolve(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ProblemException problem) {
            return fromProblemException(problem);
        }
        if (error instanceof BindingResult bindingResult) {
            return new ProblemResponse(Issue.problem(ValidationProblems.fromErrors(bindingResult, "")));
        }
        if (error instanceof MethodValidationResult result) {
            return result.isForReturnValue()
                    ? internal()
                    : new ProblemResponse(Issue.problem(ValidationProblems.fromMethodValidation(result)));
        }
        if (error instanceof ConstraintViolationException violations) {
            return new ProblemResponse(Issue.problem(
                    ValidationProblems.fromViolations(violations.getConstraintViolations())));
        }
        if (error instanceof ContentTooLargeException || error instanceof PayloadTooLargeException) {
            return tooLarge();
        }
        if (error instanceof ServerWebInputException input) {
            return fromInput(input, exchange);
        }
        if (error instanceof MethodNotAllowedException notAllowed) {
            return methodNotAllowed(notAllowed, exchange);
        }
        if (error instanceof NotAcceptableStatusException notAcceptable) {
            return notAcceptable(notAcceptable, exchange);
        }
        if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
            return unsupportedMediaType(unsupported);
        }
        if (error instanceof DataBufferLimitException && hasBody(exchange.getRequest())) {
            // Functional routes let the codec's limit error through unwrapped.
            return tooLarge();
        }
        if (error instanceof ErrorResponse errorResponse) {
            return fromStatus(errorResponse, exchange);
        }
        if (isA(error, AUTHENTICATION_FAILURES)) {
            return new ProblemResponse(Problems.unauthenticated());
        }
        if (isA(error, ACCESS_DENIALS)) {
            return new ProblemResponse(Problems.forbidden());
        }
        if (causedBy(error, UNAVAILABLE_DEPENDENCIES)) {
            return new ProblemResponse(Problems.serviceUnavailable());
        }
        return internal();
    }

    private ProblemResponse fromProblemException(ProblemException problem) {
        ProblemDetail body = Problems.of(problem);
        HttpHeaders headers = new HttpHeaders();
        if (problem instanceof RateLimitedException rateLimited) {
            headers.set(HttpHeaders.RETRY_AFTER,
                    Long.toString(RateLimitedException.seconds(rateLimited.retryAfter())));
        } else if (problem instanceof ServiceUnavailableException unavailable) {
            unavailable.retryAfter().ifPresent(after ->
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RateLimitedException.seconds(after))));
        }
        return new ProblemResponse(body, headers);
    }

    private ProblemResponse fromInput(ServerWebInputException input, ServerWebExchange exchange) {
        // A value object refusing itself while being decoded speaks for itself.
        ProblemException problem = find(input, ProblemException.class);
        if (problem != null) {
            return fromProblemException(problem);
        }
        if (find(input, DataBufferLimitException.class) != null) {
            return tooLarge();
        }
        if (input instanceof MissingRequestValueException missing) {
            String noun = switch (missing.getLabel() == null ? "" : missing.getLabel()) {
                case "header" -> "header";
                case "cookie" -> "cookie";
                case "request part" -> "phần dữ liệu";
                default -> Issue.PARAMETER;
            };
            return new ProblemResponse(Issue.problem(List.of(
                    new Issue(missing.getName(), noun, "là bắt buộc nhưng chưa được cung cấp", null))));
        }
        if (input instanceof UnsatisfiedRequestParameterException unsatisfied) {
            return new ProblemResponse(Problems.of(ProblemType.MALFORMED_REQUEST,
                    "Yêu cầu thiếu hoặc sai tham số truy vấn bắt buộc: "
                            + String.join(", ", unsatisfied.getConditions()) + "."));
        }
        TypeMismatchException mismatch = find(input, TypeMismatchException.class);
        if (mismatch != null) {
            MethodParameter parameter = input.getMethodParameter();
            String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName()
                    : parameter != null ? ValidationProblems.parameterName(parameter) : null;
            String noun = parameter != null ? ValidationProblems.nounOf(parameter) : Issue.PARAMETER;
            return new ProblemResponse(Issue.problem(List.of(new Issue(name, noun,
                    "phải là " + ValueTypes.expected(mismatch.getRequiredType())
                            + " (nhận được " + ValueTypes.echo(mismatch.getValue()) + ")", null))));
        }
        JacksonException jackson = find(input, JacksonException.class);
        if (jackson != null) {
            return new ProblemResponse(JsonInputProblems.problem(jackson));
        }
        MethodParameter parameter = input.getMethodParameter();
        boolean bodyExpected = parameter != null && parameter.hasParameterAnnotation(RequestBody.class);
        if (bodyExpected && input.getCause() instanceof DecodingException && !hasBody(exchange.getRequest())) {
            return new ProblemResponse(Problems.of(ProblemType.MALFORMED_REQUEST,
                    "Yêu cầu cần có nội dung JSON nhưng nội dung đang trống. Vui lòng gửi dữ liệu."));
        }
        if (find(input, DecodingException.class) != null) {
            return new ProblemResponse(Problems.of(ProblemType.MALFORMED_REQUEST,
                    "Không đọc được nội dung yêu cầu. Vui lòng gửi dữ liệu JSON hợp lệ, mã hóa UTF-8."));
        }
        return new ProblemResponse(Problems.of(ProblemType.MALFORMED_REQUEST,
                INVALID_REQUEST));
    }

    private ProblemResponse methodNotAllowed(MethodNotAllowedException e, ServerWebExchange exchange) {
        String supported = e.getSupportedMethods().stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining(", "));
        String detail = "Đường dẫn \"" + path(exchange) + "\" không hỗ trợ phương thức " + e.getHttpMethod() + "."
                + (supported.isEmpty() ? "" : " Các phương thức được hỗ trợ: " + supported + ".");
        return new ProblemResponse(Problems.of(ProblemType.METHOD_NOT_ALLOWED, detail),
                HttpHeaders.copyOf(e.getHeaders()));
    }

    private ProblemResponse notAcceptable(NotAcceptableStatusException e, ServerWebExchange exchange) {
        String accept = String.join(", ", exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT));
        String detail = "Không thể trả về dữ liệu theo định dạng bạn yêu cầu"
                + (accept.isEmpty() ? "" : " (Accept: " + accept + ")") + "."
                + mediaTypes(" Các định dạng có thể trả về: ", e.getSupportedMediaTypes());
        return new ProblemResponse(Problems.of(ProblemType.NOT_ACCEPTABLE, detail), HttpHeaders.copyOf(e.getHeaders()));
    }

    private ProblemResponse unsupportedMediaType(UnsupportedMediaTypeStatusException e) {
        String detail = (e.getContentType() == null
                ? "Yêu cầu chưa khai báo Content-Type."
                : "Kiểu nội dung \"" + e.getContentType() + "\" không được hỗ trợ.")
                + mediaTypes(" Vui lòng gửi dữ liệu với Content-Type: ", e.getSupportedMediaTypes());
        return new ProblemResponse(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail),
                HttpHeaders.copyOf(e.getHeaders()));
    }

    private ProblemResponse tooLarge() {
        return new ProblemResponse(Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                "Dữ liệu gửi lên vượt quá giới hạn cho phép (" + human(maxBodySize)
                        + "). Vui lòng giảm kích thước nội dung."));
    }

    private ProblemResponse fromStatus(ErrorResponse errorResponse, ServerWebExchange exchange) {
        int status = errorResponse.getStatusCode().value();
        HttpHeaders headers = HttpHeaders.copyOf(errorResponse.getHeaders());
        ProblemDetail body = switch (status) {
            case 400 -> Problems.of(ProblemType.MALFORMED_REQUEST,
                    INVALID_REQUEST);
            case 401 -> Problems.unauthenticated();
            case 403 -> Problems.forbidden();
            case 404 -> Problems.of(ProblemType.NOT_FOUND,
                    "Không tìm thấy tài nguyên tại đường dẫn \"" + path(exchange) + "\".");
            case 412 -> Problems.of(ProblemType.STALE_VERSION,
                    "Dữ liệu đã thay đổi so với phiên bản bạn gửi. Vui lòng tải lại dữ liệu.");
            case 413 -> tooLarge().body();
            case 422 -> Problems.of(ProblemType.BUSINESS_RULE,
                    "Yêu cầu không đáp ứng quy định nên không thể thực hiện.");
            case 429 -> Problems.of(ProblemType.RATE_LIMITED,
                    "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau.");
            case 502, 503, 504 -> Problems.of(ProblemType.SERVICE_UNAVAILABLE, status,
                    ServiceUnavailableException.DEFAULT_DETAIL);
            default -> null;
        };
        if (body != null) {
            return new ProblemResponse(body, headers);
        }
        if (status >= 500) {
            ProblemDetail internal = Problems.of(ProblemType.INTERNAL, status, Problems.INTERNAL_DETAIL);
            return new ProblemResponse(internal, headers);
        }
        // A status with no meaning beyond itself (RFC 9457 §4.2.1): about:blank.
        ProblemDetail plain = ProblemDetail.forStatusAndDetail(errorResponse.getStatusCode(),
                "Không thể thực hiện yêu cầu (mã lỗi HTTP " + status + ").");
        plain.setType(URI.create("about:blank"));
        plain.setTitle("Không thể thực hiện yêu cầu");
        return new ProblemResponse(plain, headers);
    }

    private static ProblemResponse internal() {
        return new ProblemResponse(Problems.internal());
    }

    private static String mediaTypes(String prefix, List<MediaType> types) {
        List<String> concrete = types.stream()
                .filter(t -> !t.isWildcardType() && !t.isWildcardSubtype())
                .map(t -> t.getType() + "/" + t.getSubtype())
                .distinct()
                .limit(5)
                .toList();
        return concrete.isEmpty() ? "" : prefix + String.join(", ", concrete) + ".";
    }

    static String human(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " byte";
    }

    private static boolean hasBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        int depth = 0;
        // Bounded: a cause chain can loop.
        for (Throwable t = error; t != null && depth++ < MAX_CAUSE_DEPTH; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable error, Set<String> classNames) {
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < MAX_CAUSE_DEPTH; t = t.getCause()) {
            if (isA(t, classNames)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Throwable error, Set<String> classNames) {
        for (Class<?> c = error.getClass(); c != null; c = c.getSuperclass()) {
            if (classNames.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
