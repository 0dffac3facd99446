package vn.thidua.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.ContractSchemas;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.EventType;
import vn.thidua.contracts.events.Topics;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.support.messaging.KafkaEventPublisher;
import vn.thidua.support.messaging.MessagingProperties;
import vn.thidua.support.messaging.TopicProvisioner;
import vn.thidua.support.metrics.EventMetrics;
import vn.thidua.support.testing.KafkaBrokerProcess;
import vn.thidua.support.testing.MongoFixture;
import vn.thidua.support.testing.TallyChanged;
import vn.thidua.support.testing.TestInfrastructure;
import vn.thidua.support.testing.TopicReader;

/** The relay against the real broker and the MongoDB-wire server. */
class OutboxRelayTest {

    private static final String TALLIES = "tallies";

    record Tally(@Id String id, String provinceCode, int total) { }

    private final String topic = "test.relay." + UUID.randomUUID();
    private final EventType<TallyChanged> tally = TallyChanged.onTopic(topic);
    private final MongoFixture mongo = new MongoFixture();
    private final ReactiveMongoTemplate template = mongo.template();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventMetrics metrics = new EventMetrics(meters);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        java.util.Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        mongo.close();
    }

    @Test
    void publishesEachEventWithCloudEventsHeadersKeyedByAggregateThenEmptiesTheOutbox() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        OutboxRelay relay = startRelay(bootstrap, publisher(bootstrap));
        AggregateStore store = new AggregateStore(template, relay, Clock.systemUTC());

        store.create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();
        store.update(TALLIES, "t1", 1, new Update().set("total", 3), List.of(event(2, 3))).block();

        TopicReader reader = reader(bootstrap);
        await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().size() == 2);
        List<ConsumerRecord<String, byte[]>> records = reader.records();
        assertThat(records).extracting(ConsumerRecord::key).containsOnly("t1");
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_aggregateversion")).containsExactly("1", "2");
        ConsumerRecord<String, byte[]> second = records.get(1);
        assertThat(TopicReader.header(second, "ce_type")).isEqualTo("vn.thidua.test.TallyChanged.v1");
        assertThat(TopicReader.header(second, "ce_source")).isEqualTo("/thidua/test-service");
        assertThat(TopicReader.header(second, "ce_subject")).isEqualTo("t1");
        assertThat(TopicReader.header(second, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(second, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(TopicReader.header(second, "ce_id"))).isNotNull();
        assertThat(java.time.Instant.parse(TopicReader.header(second, "ce_time"))).isNotNull();
        assertThat(TopicReader.value(second)).contains("\"total\":3");

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("t1").isEmpty());
        assertThat(raw("t1").get("version")).as("the relay never touches the version").isEqualTo(2L);
        assertThat(meters.get(EventMetrics.PUBLISHED).tag("topic", topic).counter().count()).isEqualTo(2);
    }

    @Test
    void whatReachesTheTopicIsValidAgainstTheContract() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        var campaignTopic = new MessagingProperties("campaign-service", bootstrap, (short) 1,
                List.of(new MessagingProperties.TopicSpec(Topics.CAMPAIGN, 6)), List.of(), Duration.ofSeconds(5),
                new MessagingProperties.Outbox(true, List.of("campaigns"), Duration.ofMillis(500), 50));
        var provisioner = new TopicProvisioner(campaignTopic);
        provisioner.start();
        var relay = new OutboxRelay(template, publisher(bootstrap), List.of("campaigns"), Duration.ofMillis(500), 50,
                provisioner::ready, metrics);
        toClose.add(relay::close);
        relay.start();
        CampaignLaunched example = ContractSchemas.examples(EventCatalog.CAMPAIGN_LAUNCHED_V1).get(0);
        // The example is version 1 of its campaign; store it as the campaign's creation.
        var launched = new CampaignLaunched(example.campaignId(), 1, example.provinceCode(), example.launchingUnit(),
                example.signerTitle(), example.kind(), example.title(), example.legalBasis(), example.period(),
                example.scope(), example.goals(), example.criteria(), example.awardTypes(),
                example.registrationDeadline(), example.milestones(), example.launchedAt(), example.launchedBy(),
                example.copiedFromCampaignId());

        new AggregateStore(template, relay, Clock.systemUTC()).create("campaigns",
                new Document("_id", launched.campaignId()).append("title", launched.title()),
                List.of(PendingEvent.of(EventCatalog.CAMPAIGN_LAUNCHED_V1, launched))).block();

        try (var reader = new TopicReader(bootstrap, Topics.CAMPAIGN)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().stream()
                    .anyMatch(r -> launched.campaignId().equals(r.key())));
            var record = reader.records().stream().filter(r -> launched.campaignId().equals(r.key())).findFirst()
                    .orElseThrow();
            String type = TopicReader.header(record, "ce_type");
            assertThat(type).isEqualTo("vn.thidua.campaign.CampaignLaunched.v1");
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/thidua/campaign-service");
            ContractSchemas.assertValid(type, record.value());
            assertThat(TopicReader.value(record)).contains("\"title\":\"" + launched.title() + "\"");
        }
    }

    @Test
    void aCrashBetweenPublishAndRemovalRepublishesTheSameEventAndLosesNothing() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        KafkaEventPublisher kafka = publisher(bootstrap);
        // The first relay "dies" right after the broker acknowledged: its removal never happens, and a dead
        // process publishes nothing more.
        AtomicBoolean crashed = new AtomicBoolean();
        EventPublisher crashingAfterAck = entry -> crashed.get()
                ? Mono.error(new IllegalStateException("process is dead"))
                : kafka.publish(entry)
                        .then(Mono.fromRunnable(() -> crashed.set(true)))
                        .then(Mono.error(new IllegalStateException("process killed before $pull")));
        OutboxRelay first = startRelay(bootstrap, crashingAfterAck);
        new AggregateStore(template, first, Clock.systemUTC())
                .create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();
        await().atMost(Duration.ofSeconds(20)).untilTrue(crashed);
        first.close();
        assertThat(outbox("t1")).as("the entry survives the crash").hasSize(1);

        // A restarted process relays the entry again: a duplicate with the same ce_id, never a loss.
        startRelay(bootstrap, kafka);
        TopicReader reader = reader(bootstrap);
        await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().size() >= 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("t1").isEmpty());
        List<String> ids = reader.records().stream().map(r -> TopicReader.header(r, "ce_id")).toList();
        assertThat(ids).as("published twice with one ce_id, so consumers can recognise the duplicate")
                .hasSize(2).containsOnly(ids.get(0));
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndTheirEventsLeaveOnceItIsBack() throws Exception {
        KafkaBrokerProcess broker = KafkaBrokerProcess.format();
        toClose.add(broker);
        broker.start();
        String bootstrap = broker.bootstrap();
        OutboxRelay relay = startRelay(bootstrap, publisher(bootstrap));
        AggregateStore store = new AggregateStore(template, relay, Clock.systemUTC());
        store.create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox("t1").isEmpty());

        broker.stop();
        store.update(TALLIES, "t1", 1, new Update().set("total", 1), List.of(event(2, 1))).block();
        store.update(TALLIES, "t1", 2, new Update().set("total", 2), List.of(event(3, 2))).block();
        assertThat(raw("t1").getInteger("total")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> meters.find(EventMetrics.OUTBOX_BACKLOG).gauge() != null
                        && meters.get(EventMetrics.OUTBOX_BACKLOG).gauge().value() == 2);

        broker.start();
        TopicReader reader = reader(bootstrap);
        await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().size() >= 3);
        assertThat(reader.records()).extracting(r -> TopicReader.header(r, "ce_aggregateversion"))
                .containsExactly("1", "2", "3");
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("t1").isEmpty());
    }

    @Test
    void aWriteWakesTheRelayWithoutWaitingForTheSweep() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        TopicProvisioner provisioner = provisioner(bootstrap);
        provisioner.start();
        var relay = new OutboxRelay(template, publisher(bootstrap), List.of(TALLIES), Duration.ofHours(1), 50,
                provisioner::ready, metrics);
        toClose.add(relay::close);
        relay.start();
        // Let the sweep that runs at start pass, so that only a wake-up can publish what follows.
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.find(EventMetrics.OUTBOX_BACKLOG).gauge() != null);

        new AggregateStore(template, relay, Clock.systemUTC())
                .create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("t1").isEmpty());
    }

    @Test
    void theSweepPublishesEntriesNobodyWokeItFor() {
        // Entries left by a process that died before it could wake its relay.
        new AggregateStore(template, OutboxRelayTrigger.NONE, Clock.systemUTC())
                .create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();

        startRelay(TestInfrastructure.kafkaBootstrap(), publisher(TestInfrastructure.kafkaBootstrap()));

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("t1").isEmpty());
    }

    @Test
    void theRelayWaitsForItsTopicsBeforePublishing() {
        String bootstrap = TestInfrastructure.kafkaBootstrap();
        // The topic exists, so only the relay's own gate can keep the entry from leaving.
        TopicProvisioner provisioner = provisioner(bootstrap);
        provisioner.start();
        await().atMost(Duration.ofSeconds(20)).until(provisioner::ready);
        AtomicBoolean topicsReady = new AtomicBoolean(false);
        var relay = new OutboxRelay(template, publisher(bootstrap), List.of(TALLIES), Duration.ofMillis(200), 50,
                topicsReady::get, metrics);
        toClose.add(relay::close);
        relay.start();
        new AggregateStore(template, relay, Clock.systemUTC())
                .create(TALLIES, new Tally("t1", "19", 0), List.of(event(1, 0))).block();

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> outbox("t1").size() == 1);

        topicsReady.set(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox("t1").isEmpty());
    }

    private OutboxRelay startRelay(String bootstrap, EventPublisher publisher) {
        TopicProvisioner provisioner = provisioner(bootstrap);
        provisioner.start();
        await().atMost(Duration.ofSeconds(20)).until(provisioner::ready);
        var relay = new OutboxRelay(template, publisher, List.of(TALLIES), Duration.ofMillis(500), 50,
                provisioner::ready, metrics);
        toClose.add(relay::close);
        relay.start();
        return relay;
    }

    private TopicProvisioner provisioner(String bootstrap) {
        return new TopicProvisioner(properties(bootstrap));
    }

    private KafkaEventPublisher publisher(String bootstrap) {
        var publisher = new KafkaEventPublisher(properties(bootstrap), metrics);
        toClose.add(publisher);
        return publisher;
    }

    private MessagingProperties properties(String bootstrap) {
        return new MessagingProperties("test-service", bootstrap, (short) 1,
                List.of(new MessagingProperties.TopicSpec(topic, 3)), List.of(), Duration.ofSeconds(5),
                new MessagingProperties.Outbox(true, List.of(TALLIES), Duration.ofMillis(500), 50));
    }

    private TopicReader reader(String bootstrap) {
        var reader = new TopicReader(bootstrap, topic);
        toClose.add(reader);
        return reader;
    }

    private PendingEvent<TallyChanged> event(long version, int total) {
        return PendingEvent.of(tally, new TallyChanged("t1", version, "19", total));
    }

    private List<Document> outbox(String id) {
        return raw(id).getList("outbox", Document.class);
    }

    private Document raw(String id) {
        return template.findOne(query(where("_id").is(id)), Document.class, TALLIES).block();
    }
}
