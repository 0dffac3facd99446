package vn.thidua.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Two gateway instances sharing their limits through a real Redis server (Debian's {@code redis-server}, which
 * .ci/run installs), each with its own connection, as two processes would have.
 */
class RedisRateLimiterTest {

    private static Process redis;
    private static LettuceConnectionFactory first;
    private static LettuceConnectionFactory second;

    @BeforeAll
    static void startRedis() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("redis-", ".log");
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try (var probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline) || !redis.isAlive()) {
                    throw new IllegalStateException("redis-server did not start:\n" + Files.readString(log));
                }
                Thread.sleep(50);
            }
        }
        first = connect(port);
        second = connect(port);
    }

    private static LettuceConnectionFactory connect(int port) {
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        for (LettuceConnectionFactory factory : new LettuceConnectionFactory[] {first, second}) {
            if (factory != null) {
                factory.destroy();
            }
        }
        if (redis != null) {
            redis.destroy();
            redis.waitFor();
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
