package vn.thidua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.thidua.support.messaging.IdempotentUpdates.Outcome;
import vn.thidua.support.testing.MongoFixture;
import vn.thidua.support.testing.TallyChanged;

class IdempotentUpdatesTest {

    private final MongoFixture mongo = new MongoFixture();
    private final ReactiveMongoTemplate template = mongo.template();
    private final IdempotentUpdates updates = new IdempotentUpdates(template);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void appliesANewerEventAndRecordsItsVersionInTheSameDocument() {
        template.insert(new Document("_id", "u1").append("count", 0), "units").block();

        assertThat(updates.apply("units", "u1", event("campaign.9", 1), inc()).block()).isEqualTo(Outcome.APPLIED);
        assertThat(updates.apply("units", "u1", event("campaign.9", 2), inc()).block()).isEqualTo(Outcome.APPLIED);

        Document unit = unit("u1");
        assertThat(unit.getInteger("count")).isEqualTo(2);
        assertThat(unit.get("applied", Document.class).get("/thidua/campaign-service/campaign%2E9")).isEqualTo(2L);
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        template.insert(new Document("_id", "u1").append("count", 0), "units").block();
        updates.apply("units", "u1", event("c1", 3), inc()).block();

        assertThat(updates.apply("units", "u1", event("c1", 3), inc()).block()).isEqualTo(Outcome.DUPLICATE);
        assertThat(updates.apply("units", "u1", event("c1", 2), inc()).block()).isEqualTo(Outcome.DUPLICATE);
        assertThat(unit("u1").getInteger("count")).isEqualTo(1);
    }

    @Test
    void marksAreKeptPerSourceAggregate() {
        template.insert(new Document("_id", "u1").append("count", 0), "units").block();
        updates.apply("units", "u1", event("c1", 5), inc()).block();

        assertThat(updates.apply("units", "u1", event("c2", 1), inc()).block()).isEqualTo(Outcome.APPLIED);
        assertThat(unit("u1").getInteger("count")).isEqualTo(2);
    }

    @Test
    void applyReportsAMissingTargetWithoutCreatingIt() {
        assertThat(updates.apply("units", "nobody", event("c1", 1), inc()).block()).isEqualTo(Outcome.MISSING);
        assertThat(unit("nobody")).isNull();
    }

    @Test
    void upsertCreatesOnceAndThenRecognisesTheDuplicate() {
        Update create = new Update().setOnInsert("title", "Bài viết về phong trào").inc("count", 1);

        assertThat(updates.upsert("units", "a1", event("c1", 1), create).block()).isEqualTo(Outcome.APPLIED);
        assertThat(updates.upsert("units", "a1", event("c1", 1), create).block()).isEqualTo(Outcome.DUPLICATE);
        assertThat(updates.upsert("units", "a1", event("c1", 2), create).block()).isEqualTo(Outcome.APPLIED);

        Document article = unit("a1");
        assertThat(article.getString("title")).isEqualTo("Bài viết về phong trào");
        assertThat(article.getInteger("count")).isEqualTo(2);
    }

    private static Update inc() {
        return new Update().inc("count", 1);
    }

    private static InboundEvent<TallyChanged> event(String subject, long version) {
        return new InboundEvent<>("id-" + subject + "-" + version, "vn.thidua.test.TallyChanged.v1",
                "/thidua/campaign-service", subject, Instant.now(), "campaign.events", version,
                new TallyChanged(subject, version, "19", 0));
    }

    private Document unit(String id) {
        return template.findOne(query(where("_id").is(id)), Document.class, "units").block();
    }
}
