package vn.thidua.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Buckets in this process, for one gateway instance. The map of buckets is bounded and forgets idle keys, so that
 * a crowd of distinct addresses cannot grow it without end; a forgotten key starts again with a full bucket, which
 * is what it would have after being idle that long anyway.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets;

    public InMemoryRateLimiter(long maxKeys, Duration idleExpiry) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public Mono<Verdict> tryAcquire(String key, RateLimit limit) {
        Bucket bucket = buckets.get(key + "|" + limit, ignored -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return Mono.just(probe.isConsumed()
                ? Verdict.allowed(probe.getRemainingTokens())
                : Verdict.refused(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }
}
