package vn.thidua.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import vn.thidua.gateway.RedisServerProcess;

/**
 * Two gateway instances sharing their limits through a real Redis server (Debian's {@code redis-server}, which
 * .ci/run installs), each with its own connection, as two processes would have.
 */
class RedisRateLimiterTest {

    private static RedisServerProcess redis;
    private static LettuceConnectionFactory first;
    private static LettuceConnectionFactory second;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerProcess.start();
        first = connect(redis.port());
        second = connect(redis.port());
    }

    private static LettuceConnectionFactory connect(int port) {
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    @AfterAll
    static void stopRedis() {
        for (LettuceConnectionFactory factory : new LettuceConnectionFactory[] {first, second}) {
            if (factory != null) {
                factory.destroy();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void the_instances_draw_from_one_bucket_per_key() {
        var gatewayA = new RedisRateLimiter(new ReactiveStringRedisTemplate(first));
        var gatewayB = new RedisRateLimiter(new ReactiveStringRedisTemplate(second));
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(1));

        assertThat(gatewayA.tryAcquire("ip:203.0.113.7", limit).block().allowed()).isTrue();
        assertThat(gatewayB.tryAcquire("ip:203.0.113.7", limit).block().allowed()).isTrue();
        assertThat(gatewayA.tryAcquire("ip:203.0.113.7", limit).block().allowed()).isTrue();
        RateLimiter.Verdict refused = gatewayB.tryAcquire("ip:203.0.113.7", limit).block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
        assertThat(gatewayB.tryAcquire("ip:203.0.113.8", limit).block().allowed()).isTrue();
    }

    @Test
    void a_bucket_refills_over_its_period() throws InterruptedException {
        var limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(first));
        RateLimit limit = new RateLimit(2, Duration.ofMillis(1000));
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isFalse();

        Thread.sleep(600);

        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("user:hoa", limit).block().allowed()).isFalse();
    }
}
