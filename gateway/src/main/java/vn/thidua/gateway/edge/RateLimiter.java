package vn.thidua.gateway.edge;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** Takes one request from a key's bucket: in this process, or shared by every gateway instance (Redis). */
public interface RateLimiter {

    Mono<Verdict> tryAcquire(String key, RateLimit limit);

    /** @param retryAfter zero when allowed; else how long until a token is back */
    record Verdict(boolean allowed, long remaining, Duration retryAfter) {

        public static Verdict allowed(long remaining) {
            return new Verdict(true, remaining, Duration.ZERO);
        }

        public static Verdict refused(Duration retryAfter) {
            return new Verdict(false, 0, retryAfter);
        }
    }
}
