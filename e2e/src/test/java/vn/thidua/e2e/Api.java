package vn.thidua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP as a portal or back-office client speaks it: through the gateway, with tokens from the issuer. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String issuer;

    Api(String gateway, String issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    record Response(int status, java.net.http.HttpHeaders headers, String text) {

        JsonNode json() {
            return JSON.readTree(text);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The bare token of a demo user, exactly as {@code curl -s 'http://localhost:9000/token?user=…'} gives it. */
    String token(String user) {
        Response response = send(HttpRequest.newBuilder(URI.create(issuer + "/token?user=" + user)).GET());
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + response);
        }
        return response.text().strip();
    }

    Response get(String path, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(gateway + path)).GET(), token));
    }

    Response post(String path, String json, String token) {
        var request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(authorised(request, token));
    }

    /** Any method with a JSON body (or none) and extra headers, e.g. {@code If-Match}. */
    Response send(String method, String path, String json, String token, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(gateway + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(authorised(request, token));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
