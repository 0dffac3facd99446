package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    @TempDir
    Path tmp;

    @Test
    void keepsDocumentsAcrossAGracefulRestartAndStreamsChanges() throws Exception {
        try (DevStack stack = TestSupport.only(tmp, TestSupport.lines(), "mongo").build()) {
            stack.start();
            try (var client = MongoClients.create(stack.mongoUri())) {
                var units = client.getDatabase("devstack-test").getCollection("units");
                try (var changes = units.watch().cursor()) {
                    units.insertOne(new Document("_id", "XA-PHUONG-TIEN").append("name", "UBND xã Phượng Tiến"));
                    ChangeStreamDocument<Document> change;
                    try {
                        change = CompletableFuture.supplyAsync(changes::next).get(10, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        throw new AssertionError("no change within 10 s: change streams need the oplog", e);
                    }
                    assertEquals("XA-PHUONG-TIEN", change.getDocumentKey().getString("_id").getValue());
                }
            }

            stack.stop("mongo");
            stack.start("mongo");

            try (var client = MongoClients.create(stack.mongoUri())) {
                var found = client.getDatabase("devstack-test").getCollection("units")
                        .find(new Document("_id", "XA-PHUONG-TIEN")).first();
                assertNotNull(found, "the document must survive the restart");
                assertEquals("UBND xã Phượng Tiến", found.getString("name"));
            }
        }
    }
}
