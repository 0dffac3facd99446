package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
                    ChangeStreamDocument<Document> change = null;
                    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
                    while (change == null && Instant.now().isBefore(deadline)) {
                        change = changes.tryNext();
                    }
                    assertNotNull(change, "change streams need the oplog");
                    assertEquals("XA-PHUONG-TIEN", change.getDocumentKey().getString("_id").getValue());
                }
            }

            stack.stop("mongo");
            assertEquals(true, Files.size(tmp.resolve("mongo/thidua.mv")) > 0);
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
