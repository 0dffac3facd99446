package vn.thidua.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prometheus's HTTP API, as Grafana uses it: instant queries, and the state of the rules. */
final class PrometheusApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;

    PrometheusApi(String url) {
        this.url = url;
    }

    /** The series an instant query answers (one entry per series of the vector). */
    List<JsonNode> query(String promql) {
        JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (!answer.path("status").asString().equals("success")) {
            throw new IllegalStateException("Prometheus refused " + promql + ": " + answer);
        }
        JsonNode data = answer.path("data");
        if (!data.path("resultType").asString().equals("vector")) {
            throw new IllegalStateException(promql + " is a " + data.path("resultType").asString() + ", not a vector");
        }
        return data.path("result").valueStream().toList();
    }

    JsonNode get(String path) {
        var request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
