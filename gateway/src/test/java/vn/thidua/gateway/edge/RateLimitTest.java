package vn.thidua.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

    @Test
    void reads_requests_per_period() {
        assertThat(RateLimit.valueOf("20/1m")).isEqualTo(new RateLimit(20, Duration.ofMinutes(1)));
        assertThat(RateLimit.valueOf(" 5 / 10s ")).isEqualTo(new RateLimit(5, Duration.ofSeconds(10)));
        assertThat(RateLimit.valueOf("1000/24h")).isEqualTo(new RateLimit(1000, Duration.ofHours(24)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "20/m", "0/1m", "20/0m", "-1/1m", "20/1d", "twenty/1m"})
    void refuses_what_is_not_a_positive_rate(String text) {
        assertThatThrownBy(() -> RateLimit.valueOf(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void in_memory_buckets_allow_a_burst_then_refuse_with_the_wait_per_key() {
        var limiter = new InMemoryRateLimiter(1000, Duration.ofHours(1));
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("ip:a", limit).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("ip:a", limit).block().allowed()).isTrue();
        RateLimiter.Verdict refused = limiter.tryAcquire("ip:a", limit).block();

        assertThat(refused.allowed()).isFalse();
        // One token comes back every 30 s.
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire("ip:b", limit).block().allowed()).isTrue();
    }

    @Test
    void in_memory_buckets_refill_over_the_period() throws InterruptedException {
        var limiter = new InMemoryRateLimiter(1000, Duration.ofHours(1));
        RateLimit limit = new RateLimit(1, Duration.ofMillis(1000));
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isFalse();

        Thread.sleep(1100);

        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isTrue();
    }
}
