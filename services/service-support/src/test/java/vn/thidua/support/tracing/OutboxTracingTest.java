package vn.thidua.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.testing.InfrastructureInitializer;
import vn.thidua.support.testing.TallyChanged;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/**
 * A trace followed from an HTTP request, through the outbox and the broker, into the consumer: the relayed record
 * carries the request's trace id in {@code traceparent}, and the handler (and its log lines) run in that trace.
 */
@SpringBootTest(classes = TracedTallyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=traced-service",
                "spring.cloud.function.definition=tracedTallies",
                "spring.cloud.stream.bindings.tracedTallies-in-0.destination=" + TracedTallyApplication.TOPIC,
                "thidua.messaging.publishes[0].name=" + TracedTallyApplication.TOPIC,
                "thidua.messaging.publishes[0].partitions=1",
                "thidua.messaging.consumes[0]=" + TracedTallyApplication.TOPIC,
                "thidua.messaging.outbox.collections[0]=" + TracedTallyApplication.TALLIES,
                "thidua.messaging.outbox.sweep-interval=500ms"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(OutputCaptureExtension.class)
class OutboxTracingTest {

    @Autowired WebTestClient web;
    @Autowired AggregateStore store;

    @Test
    void theTraceOfTheRequestReachesTheKafkaRecordAndTheConsumer(CapturedOutput output) {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String tally = "traced-" + UUID.randomUUID();

        web.post().uri("/tallies/{id}", tally).header(TraceParents.HEADER, "00-" + traceId + "-" + callerSpan + "-01")
                .exchange().expectStatus().isCreated();

        String traceparent = TopicReader.header(record(tally), TraceParents.HEADER);
        assertThat(traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(traceparent).as("the parent is the service's own server span, not the caller's")
                .doesNotContain(callerSpan);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TracedTallyApplication.HANDLER_TRACE_IDS.containsKey(tally));
        assertThat(TracedTallyApplication.HANDLER_TRACE_IDS.get(tally)).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("Tally " + tally + " applied"));
        assertThat(output.getOut().lines().filter(line -> line.contains("Tally " + tally + " applied")))
                .singleElement().asString().contains(traceId);
    }

    @Test
    void anEventWrittenOutsideAnyTraceIsRelayedWithoutTraceparentAndConsumedInATraceOfItsOwn() {
        String tally = "untraced-" + UUID.randomUUID();

        store.create(TracedTallyApplication.TALLIES, new TracedTallyApplication.Tally(tally, "19", 1),
                List.of(PendingEvent.of(TracedTallyApplication.TALLY_CHANGED, new TallyChanged(tally, 1, "19", 1))))
                .block();

        assertThat(TopicReader.header(record(tally), TraceParents.HEADER)).isNull();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TracedTallyApplication.HANDLER_TRACE_IDS.containsKey(tally));
        assertThat(TracedTallyApplication.HANDLER_TRACE_IDS.get(tally)).matches("[0-9a-f]{32}");
        String metrics = web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("thidua_event_handling_seconds_count{application=\"traced-service\"");
    }

    /**
     * Prometheus asks for OpenMetrics, where the client would attach the current trace to samples as exemplars;
     * Prometheus 2.x refuses a whole scrape that has one on a histogram's _count line. Traced requests have been
     * answered by now, so an exemplar would be on the page if they were on.
     */
    @Test
    void metricsScrapedAsOpenMetricsCarryNoExemplars() {
        web.post().uri("/tallies/{id}", "exemplar-" + UUID.randomUUID())
                .header(TraceParents.HEADER, "00-" + hex(16) + "-" + hex(8) + "-01")
                .exchange().expectStatus().isCreated();

        String page = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus")
                .header("Accept", "application/openmetrics-text;version=1.0.0;charset=utf-8")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("http_server_requests_seconds_count{").endsWith("# EOF\n");
        assertThat(page.lines().filter(line -> line.contains(" # {"))).as("samples with exemplars").isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(String key) {
        try (var reader = new TopicReader(TestInfrastructure.kafkaBootstrap(), TracedTallyApplication.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                    .anyMatch(r -> key.equals(r.key())));
            return reader.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
