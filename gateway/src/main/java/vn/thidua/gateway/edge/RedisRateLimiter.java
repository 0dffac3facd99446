package vn.thidua.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * One bucket per key shared by every gateway instance: the same token bucket as {@link InMemoryRateLimiter},
 * computed atomically inside Redis by a script (tokens and the time of the last refill in a hash that expires once
 * it would be full again). Redis' own clock is used, so instances whose clocks differ still agree.
 */
public final class RedisRateLimiter implements RateLimiter {

    private static final String PREFIX = "thidua:rate:";

    /** Returns {allowed (1/0), tokens left, milliseconds until the next token}. */
    private static final RedisScript<List<Long>> TOKEN_BUCKET = RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local period_ms = tonumber(ARGV[2])
            local now = redis.call('TIME')
            local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil then
              tokens = capacity
              at = now_ms
            end
            local ms_per_token = period_ms / capacity
            local refilled = math.floor((now_ms - at) / ms_per_token)
            if refilled > 0 then
              tokens = math.min(capacity, tokens + refilled)
              at = (tokens == capacity) and now_ms or math.floor(at + refilled * ms_per_token)
            end
            local allowed = 0
            local wait_ms = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait_ms = math.ceil(ms_per_token - (now_ms - at))
            end
            redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', at)
            redis.call('PEXPIRE', KEYS[1], math.ceil(period_ms))
            return {allowed, tokens, wait_ms}
            """, (Class<List<Long>>) (Class<?>) List.class);

    private final ReactiveStringRedisTemplate redis;

    public RedisRateLimiter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Verdict> tryAcquire(String key, RateLimit limit) {
        return redis.execute(TOKEN_BUCKET, List.of(PREFIX + key + "|" + limit),
                        List.of(Integer.toString(limit.capacity()), Long.toString(limit.period().toMillis())))
                .next()
                .map(result -> result.get(0) == 1L
                        ? Verdict.allowed(result.get(1))
                        : Verdict.refused(Duration.ofMillis(Math.max(1, result.get(2)))));
    }
}
