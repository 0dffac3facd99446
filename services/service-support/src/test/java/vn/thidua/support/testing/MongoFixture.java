package vn.thidua.support.testing;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.util.UUID;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** A template on the shared MongoDB-wire server, in a fresh database. */
public final class MongoFixture implements AutoCloseable {

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final ReactiveMongoTemplate template = new ReactiveMongoTemplate(client, "test-" + UUID.randomUUID());

    public ReactiveMongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        client.close();
    }
}
