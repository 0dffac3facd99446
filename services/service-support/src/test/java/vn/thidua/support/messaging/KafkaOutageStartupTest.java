package vn.thidua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.testapp.TallyServiceApplication;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.PrometheusText;
import vn.thidua.support.testing.TallyChanged;
import vn.thidua.support.testing.TestInfrastructure;

/**
 * A service whose broker is down when it starts still starts, reports ready (readiness leaves Kafka out on purpose)
 * and accepts writes: their events wait in the outbox. Its Kafka clients back off quietly meanwhile instead of
 * re-bootstrapping in a loop.
 */
@SpringBootTest(classes = TallyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=tally-service",
                // A service that only publishes, like campaign-service. One that consumes does not finish starting
                // until the broker answers: the Kafka binder provisions its consumer bindings at start-up.
                "spring.cloud.stream.function.autodetect=false",
                "thidua.messaging.publishes[0].name=test.outage.events",
                "thidua.messaging.publishes[0].partitions=1",
                "thidua.messaging.consumes[0]=" + TallyServiceApplication.TOPIC,
                "thidua.messaging.outbox.collections[0]=tallies",
                "thidua.metrics.consumer-lag-interval=1s"})
@ContextConfiguration(initializers = KafkaOutageStartupTest.BrokerDown.class)
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
class KafkaOutageStartupTest {

    @Autowired WebTestClient web;
    @Autowired AggregateStore store;
    @Autowired ReactiveMongoTemplate mongo;

    /**
     * The shared infrastructure, but a broker address where nothing listens. (A {@code @DynamicPropertySource} would
     * lose to the shared initializer's own broker address, and the test would then run with Kafka up.)
     */
    static class BrokerDown extends InfrastructureInitializer {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            int closedPort;
            try (var socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("thidua.messaging.bootstrap-servers=localhost:" + closedPort).applyTo(context);
        }
    }

    @Test
    void theServiceReallyHasNoBroker(@Autowired Environment environment) {
        assertThat(environment.getProperty("thidua.messaging.bootstrap-servers"))
                .isNotEqualTo(TestInfrastructure.kafkaBootstrap());
    }

    @Test
    void startsReadyAndKeepsEventsInTheOutboxWhileKafkaIsDown() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        store.create("tallies", new Document("_id", "t1").append("total", 0),
                List.of(PendingEvent.of(TallyChanged.onTopic("test.outage.events"), new TallyChanged("t1", 1, "19", 0))))
                .block();
        store.update("tallies", "t1", 1, new Update().set("total", 1),
                List.of(PendingEvent.of(TallyChanged.onTopic("test.outage.events"), new TallyChanged("t1", 2, "19", 1))))
                .block();

        Document stored = mongo.findOne(query(where("_id").is("t1")), Document.class, "tallies").block();
        assertThat(stored.getInteger("total")).isEqualTo(1);
        assertThat(stored.getList("outbox", Document.class)).hasSize(2);
        assertThat(PrometheusText.scrape(web)).contains("thidua_outbox_backlog");
    }

    @Test
    void theAlertSeriesExistFromStartUpAndTheLagMonitorDoesNotHoldTheServiceBack() {
        String metrics = PrometheusText.scrape(web);

        // Pre-registered at 0, so that increase() has a series before the first failure.
        assertThat(metrics)
                .contains("thidua_events_publish_failures_total{application=\"tally-service\",topic=\"test.outage.events\"} 0.0")
                .contains("thidua_events_dead_lettered_total{application=\"tally-service\",topic=\""
                        + TallyServiceApplication.TOPIC + "\"} 0.0")
                // The broker cannot be asked: the lag keeps its initial value and the service answers.
                .contains("thidua_consumer_lag{application=\"tally-service\",group=\"tally-service\",topic=\""
                        + TallyServiceApplication.TOPIC + "\"} 0.0")
                .contains("thidua_outbox_backlog{application=\"tally-service\",collection=\"tallies\"}");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
