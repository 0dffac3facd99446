package vn.thidua.support.tracing;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.messaging.Message;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import vn.thidua.contracts.events.EventType;
import vn.thidua.support.messaging.EventConsumers;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.security.ApiSecurity;
import vn.thidua.support.testing.TallyChanged;

/**
 * A service whose write goes through the outbox and whose consumer reads the same topic back, so that one test can
 * follow a trace from the HTTP request, through the relay and the broker, into the consumer's handler.
 */
@SpringBootApplication
public class TracedTallyApplication {

    public static final String TOPIC = "test.traced.events";
    public static final String TALLIES = "tallies";
    static final EventType<TallyChanged> TALLY_CHANGED = TallyChanged.onTopic(TOPIC);
    /** Per tally: the MDC trace id seen by the handler after its database update, on the driver's thread. */
    public static final Map<String, String> HANDLER_TRACE_IDS = new ConcurrentHashMap<>();

    private static final Logger log = LoggerFactory.getLogger(TracedTallyApplication.class);

    record Tally(@Id String id, String provinceCode, int total) { }

    @Bean
    RouterFunction<ServerResponse> tallyRoutes(AggregateStore store) {
        return route(POST("/tallies/{id}"), request -> {
            String id = request.pathVariable("id");
            return store.create(TALLIES, new Tally(id, "19", 1),
                            List.of(PendingEvent.of(TALLY_CHANGED, new TallyChanged(id, 1, "19", 1))))
                    .flatMap(version -> ServerResponse.status(HttpStatus.CREATED).build());
        });
    }

    @Bean
    Consumer<Message<byte[]>> tracedTallies(EventConsumers consumers, IdempotentUpdates updates) {
        return consumers.forTopic(TOPIC)
                .on(TALLY_CHANGED, (event, inbound) -> updates.upsert("totals", event.tallyId(), inbound,
                                new Update().set("total", event.total()))
                        .map(outcome -> {
                            HANDLER_TRACE_IDS.put(event.tallyId(), String.valueOf(MDC.get("traceId")));
                            log.info("Tally {} applied", event.tallyId());
                            return EventConsumers.Result.APPLIED;
                        }))
                .build();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.configure(http)
                .authorizeExchange(exchanges -> exchanges.pathMatchers("/tallies/**").permitAll()
                        .anyExchange().authenticated())
                .build();
    }
}
