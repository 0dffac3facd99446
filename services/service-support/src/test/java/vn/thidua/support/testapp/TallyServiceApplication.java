package vn.thidua.support.testapp;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.thidua.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import vn.thidua.support.messaging.EventConsumers;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.testing.TallyChanged;

/**
 * A minimal service built the way real services are: a per-message consumer made by {@link EventConsumers} whose
 * effect is an idempotent update. It keeps, per tally, the latest total and how many events it applied.
 */
@SpringBootApplication
public class TallyServiceApplication {

    public static final String TOPIC = "test.tally.events";
    public static final String TOTALS = "totals";
    /** A total below zero makes the handler fail, as a bug or a refused rule would. */
    public static final AtomicInteger FAILING_ATTEMPTS = new AtomicInteger();
    /** Switched off by a test to play the fix that was deployed before dead letters are replayed. */
    public static final AtomicBoolean NEGATIVE_TOTALS_FAIL = new AtomicBoolean(true);

    @Bean
    Consumer<Message<byte[]>> tallies(EventConsumers consumers, IdempotentUpdates updates) {
        return consumers.forTopic(TOPIC)
                .on(TallyChanged.onTopic(TOPIC), (event, inbound) -> {
                    if (event.total() < 0 && NEGATIVE_TOTALS_FAIL.get()) {
                        FAILING_ATTEMPTS.incrementAndGet();
                        return Mono.error(new IllegalStateException("negative total"));
                    }
                    return updates.upsert(TOTALS, event.tallyId(), inbound,
                                    new Update().set("total", event.total()).inc("applications", 1))
                            .map(outcome -> outcome == IdempotentUpdates.Outcome.APPLIED
                                    ? EventConsumers.Result.APPLIED : EventConsumers.Result.DUPLICATE);
                })
                .build();
    }

    /** Like every service: the shared security first (which opens the probes and metrics), then its own rules. */
    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .build();
    }
}
