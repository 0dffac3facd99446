package vn.thidua.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.ProblemType;
import vn.thidua.support.web.ProblemWriter;
import vn.thidua.support.web.Problems;

/**
 * Refuses request bodies over the limit with 413 before a service receives them: at once when
 * {@code Content-Length} says so, and while streaming when a chunked body grows past it (the service then sees its
 * request broken off, never an oversized one).
 */
public final class BodySizeLimitFilter implements WebFilter, Ordered {

    /** Before security: an oversized body is refused without spending a signature check on it. */
    public static final int ORDER = -200;

    private final long maxBytes;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(DataSize max, ProblemWriter problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(error -> causedBy(error) && !exchange.getResponse().isCommitted(),
                        error -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().clear();
        return problems.write(exchange, Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                "Dữ liệu gửi lên vượt quá giới hạn " + human(maxBytes) + ". Vui lòng giảm kích thước (ví dụ nén ảnh)"
                        + " rồi gửi lại."));
    }

    private static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static String human(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " byte";
    }

    /** The body grew past the limit while streaming. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over the limit", null, false, false);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
