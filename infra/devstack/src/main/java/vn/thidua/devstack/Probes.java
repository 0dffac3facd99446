package vn.thidua.devstack;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;

/**
 * Readiness checks that speak each component's own protocol: a port that accepts connections is not yet a server
 * that answers. Every check is short and returns false instead of throwing, as it is polled.
 */
final class Probes {

    /** How long one poll of a local component may take at most. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(2);
    /** For a server elsewhere, whose port cannot be tried first. */
    static final int NO_PORT = -1;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * Polled until it passes during one wait. The Kafka and Mongo checks keep their client from one poll to the next
     * rather than paying for a new one (threads, connections) each time; closing the check releases it.
     */
    interface Check extends AutoCloseable {
        boolean passes();

        @Override
        default void close() {
        }
    }

    private Probes() {
    }

    static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    static Check http200(String url) {
        return () -> answers200(url);
    }

    static boolean answers200(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A {@code ping} through the MongoDB driver; with a local port, only once that port accepts connections. */
    static Check mongo(String uri, int localPort, Duration timeout) {
        return new Check() {
            private MongoClient client;

            @Override
            public boolean passes() {
                if (localPort != NO_PORT && !accepts(localPort)) {
                    return false;
                }
                try {
                    if (client == null) {
                        client = MongoClients.create(MongoClientSettings.builder()
                                .applyConnectionString(new ConnectionString(uri))
                                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                                        timeout.toMillis(), TimeUnit.MILLISECONDS))
                                .applyToSocketSettings(socket -> socket
                                        .connectTimeout((int) timeout.toMillis() / 2, TimeUnit.MILLISECONDS)
                                        .readTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                                .build());
                    }
                    Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
                    return answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0;
                } catch (RuntimeException notYet) {
                    return false;
                }
            }

            @Override
            public void close() {
                if (client != null) {
                    client.close();
                }
            }
        };
    }

    /** An AdminClient's {@code describeCluster()}; with a local port, only once that port accepts connections. */
    static Check kafka(String bootstrap, int localPort, Duration timeout) {
        int apiMillis = (int) timeout.toMillis();
        // A request that is lost is retried within the call's own timeout rather than waited for until its end.
        int requestMillis = Math.min(apiMillis, 2000);
        return new Check() {
            private Admin admin;

            @Override
            public boolean passes() {
                if (localPort != NO_PORT && !accepts(localPort)) {
                    return false;
                }
                try {
                    if (admin == null) {
                        admin = Admin.create(Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, apiMillis,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, requestMillis));
                    }
                    return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(apiMillis)).nodes()
                            .get(apiMillis, TimeUnit.MILLISECONDS).isEmpty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (Exception notYet) {
                    return false;
                }
            }

            @Override
            public void close() {
                if (admin != null) {
                    admin.close(Duration.ofSeconds(1));
                }
            }
        };
    }
}
