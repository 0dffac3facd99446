package vn.thidua.devstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Demo data, loaded through the gateway's public API exactly as a client would, so that it obeys every rule the
 * services enforce and produces the same events. Files under {@code demo/} on the class path run in name order
 * ({@code 10-…} campaign-service, {@code 20-…} nomination-service, {@code 30-…} exemplar-service,
 * {@code 40-…} publication-service), each a list of steps:
 * <pre>
 * { "description": "…",
 *   "steps": [ { "as": "admin", "method": "POST", "path": "/api/campaigns", "body": {…},
 *                "expect": [201], "save": {"campaign": "/id", "etag": "header:ETag"} },
 *              { "as": "reviewer", "method": "POST", "path": "/api/campaigns/${campaign}/launch",
 *                "headers": {"If-Match": "${etag}"} },
 *              { "as": "editor", "path": "/api/articles?status=DRAFT", "waitUntil": "/items/0" } ] }
 * </pre>
 * {@code as} names a demo user of the development issuer (omitted: anonymous); {@code method} defaults to GET;
 * {@code expect} lists accepted statuses (default any 2xx); {@code save} keeps values for later steps and files;
 * {@code ${name}} is replaced in paths, header values and every string of a body; {@code text} with
 * {@code contentType} sends a body that is not JSON; {@code waitUntil} retries the step until a 2xx answer has the
 * pointer, for effects that arrive through events. A 429 from the gateway's rate limit is waited out as its
 * {@code Retry-After} says, as any polite client would.
 */
public final class DemoData {

    /** Written into the data folder once every file has loaded; its presence skips loading on later starts. */
    public static final String MARKER = "demo-data.loaded";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);
    private static final Duration WAIT_PAUSE = Duration.ofMillis(250);

    private final URI gateway;
    private final URI issuer;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();

    public DemoData(URI gateway, URI issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    public static boolean loadedInto(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(MARKER));
    }

    /** Loads the files bundled with the launcher, then marks the data folder. */
    public Summary loadBundled(Path dataDir, Consumer<String> output) {
        Summary summary = load(bundledFiles(), output);
        markLoaded(dataDir, summary);
        return summary;
    }

    /** Only a complete load is marked: a start interrupted half-way loads again (delete the data folder first). */
    public static void markLoaded(Path dataDir, Summary summary) {
        try {
            Files.writeString(dataDir.resolve(MARKER), Instant.now() + " " + summary + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the files in the order given; stops at the first failing step. */
    public Summary load(List<DemoFile> files, Consumer<String> output) {
        Instant began = Instant.now();
        int steps = 0;
        for (DemoFile file : files) {
            output.accept("  dữ liệu mẫu: " + file.name()
                    + (file.description().isBlank() ? "" : " (" + file.description() + ")"));
            int index = 0;
            for (DemoStep step : file.steps()) {
                index++;
                try {
                    run(step);
                } catch (DemoDataException e) {
                    throw new DemoDataException(file.name() + ", bước " + index + " " + step + ": " + e.getMessage(), e);
                }
                steps++;
            }
        }
        return new Summary(files.size(), steps, Duration.between(began, Instant.now()));
    }

    /** What was loaded, for the console. */
    public record Summary(int files, int steps, Duration took) {
        @Override
        public String toString() {
            return files + " tệp, " + steps + " yêu cầu, " + String.format("%.1f s", took.toMillis() / 1000.0);
        }
    }

    // ------------------------------------------------------------------------------------------------ steps

    private void run(DemoStep step) {
        Instant deadline = Instant.now().plus(WAIT_LIMIT);
        while (true) {
            HttpResponse<String> response = send(step);
            if (response.statusCode() == 429 && !step.accepts(429)) {
                // The gateway limits writes per user; a polite client waits as it is told and tries again.
                pause(retryAfter(response));
                continue;
            }
            boolean accepted = step.accepts(response.statusCode());
            JsonNode answer = accepted ? json(response) : null;
            if (accepted && (step.waitUntil() == null || present(answer, step.waitUntil()))) {
                save(step, response, answer);
                return;
            }
            // Only a step that waits for an event's effect is retried; anything else is a broken demo file.
            if (step.waitUntil() == null || Instant.now().isAfter(deadline)) {
                throw new DemoDataException(accepted
                        ? "sau " + WAIT_LIMIT.toSeconds() + " s vẫn chưa có " + step.waitUntil() + " trong " + shorten(response.body())
                        : "HTTP " + response.statusCode() + " " + shorten(response.body()));
            }
            pause(WAIT_PAUSE);
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").trim());
            return Duration.ofSeconds(Math.max(1, Math.min(seconds, WAIT_LIMIT.toSeconds())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private HttpResponse<String> send(DemoStep step) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(substitute(step.path())))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json, */*");
        step.headers().forEach((name, value) -> request.header(name, substitute(value)));
        if (step.user() != null) {
            request.header("Authorization", "Bearer " + token(step.user()));
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (step.body() != null) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(substitute(step.body())),
                    StandardCharsets.UTF_8);
        } else if (step.text() != null) {
            request.header("Content-Type", step.contentType() == null ? "text/plain; charset=utf-8" : step.contentType());
            body = HttpRequest.BodyPublishers.ofString(substitute(step.text()), StandardCharsets.UTF_8);
        }
        return exchange(request.method(step.method(), body).build());
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, id -> {
            URI uri = issuer.resolve("/token?user=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).build());
            if (response.statusCode() != 200) {
                throw new DemoDataException("không lấy được token cho người dùng thử \"" + id + "\": HTTP "
                        + response.statusCode() + " " + shorten(response.body()));
            }
            return response.body().trim();
        });
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoDataException("không gọi được " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException("bị ngắt khi gọi " + request.uri(), e);
        }
    }

    private void save(DemoStep step, HttpResponse<String> response, JsonNode answer) {
        step.save().forEach((name, source) -> {
            String value;
            if (source.startsWith("header:")) {
                value = response.headers().firstValue(source.substring("header:".length())).orElse(null);
            } else {
                JsonNode node = answer == null ? null : answer.at(source);
                value = node == null || node.isMissingNode() || node.isNull() ? null
                        : node.isValueNode() ? node.asString() : node.toString();
            }
            if (value == null) {
                throw new DemoDataException("không có " + source + " để lưu vào ${" + name + "} trong "
                        + shorten(response.body()));
            }
            variables.put(name, value);
        });
    }

    private JsonNode json(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.contains("json") || response.body().isBlank()) {
            return null;
        }
        return mapper.readTree(response.body());
    }

    private static boolean present(JsonNode answer, String pointer) {
        if (answer == null) {
            return false;
        }
        JsonNode node = answer.at(pointer);
        return !node.isMissingNode() && !node.isNull();
    }

    // ------------------------------------------------------------------------------------------- variables

    String substitute(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new DemoDataException("biến ${" + matcher.group(1) + "} chưa được lưu ở bước nào trước đó");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    private JsonNode substitute(JsonNode node) {
        if (node.isString()) {
            return StringNode.valueOf(substitute(node.asString()));
        }
        if (node.isObject()) {
            ObjectNode copy = mapper.createObjectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(), substitute(entry.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = mapper.createArrayNode();
            node.forEach(item -> copy.add(substitute(item)));
            return copy;
        }
        return node;
    }

    void define(String name, String value) {
        variables.put(name, value);
    }

    // ------------------------------------------------------------------------------------------------ files

    /** The {@code demo/*.json} files on the class path (a directory while testing, the launcher's jar when run). */
    public List<DemoFile> bundledFiles() {
        URL location = DemoData.class.getClassLoader().getResource("demo");
        if (location == null) {
            return List.of();
        }
        try {
            URI uri = location.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/demo"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<DemoFile> read(Path directory) throws IOException {
        List<DemoFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
                files.add(DemoFile.parse(file.getFileName().toString(), Files.readString(file), mapper));
            }
        }
        return files;
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException("bị ngắt khi chờ dữ liệu mẫu");
        }
    }
}
