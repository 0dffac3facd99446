package vn.thidua.devstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.thidua.devstack.ChildArguments;
import vn.thidua.devstack.ParentWatch;

/**
 * The MongoDB-wire server of the embedded stack: mongo-java-server on an H2 file, so data survives a restart, with
 * the oplog on, so change streams work. The library's own main binds only 27017 and has no oplog.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ChildArguments.parse(args, "--port=<cổng> --file=<tệp .mv>");
        int port = Integer.parseInt(options.getOrDefault("port", "27017"));
        Path file = Path.of(options.getOrDefault("file", ".data/mongo/thidua.mv")).toAbsolutePath();
        Files.createDirectories(file.getParent());

        var backend = new H2Backend(file.toString());
        var server = new MongoServer(backend);
        server.enableOplog();
        // shutdown() closes the backend, which writes and closes the H2 store; without it the last second is lost.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            System.err.println("Máy chủ MongoDB-wire đã dừng; dữ liệu đã ghi vào " + file);
        }, "mongo-shutdown"));
        ParentWatch.install();
        server.bind("127.0.0.1", port);
        System.err.println("Máy chủ MongoDB-wire: mongodb://localhost:" + port + " (H2: " + file + ", oplog bật)");
    }
}
