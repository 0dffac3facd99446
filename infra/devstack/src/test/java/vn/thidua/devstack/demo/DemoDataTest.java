package vn.thidua.devstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loader against a small HTTP server standing in for the gateway and the issuer, recording what it receives.
 * The real gateway and services load the bundled files in the end-to-end tests.
 */
class DemoDataTest {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger articleReads = new AtomicInteger();
    private final AtomicInteger limitedCalls = new AtomicInteger();
    private HttpServer server;
    private DemoData demo;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> answer(exchange, 200, "text/plain",
                "token-of-" + exchange.getRequestURI().getQuery().substring("user=".length())));
        server.createContext("/api/campaigns", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("If-Match") + " " + body);
            if (exchange.getRequestURI().getPath().endsWith("/launch")) {
                answer(exchange, 200, "application/json", "{\"status\":\"LAUNCHED\"}");
            } else {
                exchange.getResponseHeaders().add("ETag", "\"1\"");
                answer(exchange, 201, "application/json", "{\"id\":\"c-42\",\"status\":\"DRAFT\"}");
            }
        });
        server.createContext("/api/articles", exchange -> {
            boolean arrived = articleReads.incrementAndGet() >= 3;
            answer(exchange, 200, "application/json", arrived ? "{\"items\":[{\"id\":\"a-1\"}]}" : "{\"items\":[]}");
        });
        server.createContext("/api/limited", exchange -> {
            if (limitedCalls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "application/problem+json", "{\"title\":\"Quá nhiều yêu cầu\"}");
            } else {
                answer(exchange, 201, "application/json", "{\"id\":\"l-1\"}");
            }
        });
        server.createContext("/api/refused", exchange -> answer(exchange, 422, "application/problem+json",
                "{\"title\":\"Không hợp lệ\",\"detail\":\"Hạn đăng ký đã qua\"}"));
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        demo = new DemoData(base, base);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsEachStepAsItsUserAndCarriesSavedValuesForward() {
        var file = DemoFile.parse("10-campaign.json", """
                { "description": "một phong trào",
                  "steps": [
                    { "as": "reviewer", "method": "POST", "path": "/api/campaigns",
                      "body": { "title": "Phong trào ${year}", "tags": ["${year}"] },
                      "expect": [201], "save": { "campaign": "/id", "etag": "header:ETag" } },
                    { "as": "admin", "method": "POST", "path": "/api/campaigns/${campaign}/launch",
                      "headers": { "If-Match": "${etag}" } } ] }
                """, mapper);
        demo.define("year", "2025");

        var summary = demo.load(List.of(file), line -> { });

        assertEquals(2, summary.steps());
        assertEquals("POST /api/campaigns Bearer token-of-reviewer null "
                + "{\"title\":\"Phong trào 2025\",\"tags\":[\"2025\"]}", received.get(0));
        assertEquals("POST /api/campaigns/c-42/launch Bearer token-of-admin \"1\" ", received.get(1));
    }

    @Test
    void waitsForAnEffectThatArrivesLater() {
        var file = DemoFile.parse("40-publication.json", """
                { "steps": [ { "as": "editor", "path": "/api/articles", "waitUntil": "/items/0/id",
                               "save": { "article": "/items/0/id" } },
                             { "path": "/api/campaigns/${article}", "method": "PUT", "body": {} } ] }
                """, mapper);

        demo.load(List.of(file), line -> { });

        assertEquals(3, articleReads.get());
        assertTrue(received.get(0).startsWith("PUT /api/campaigns/a-1 null"), received.get(0));
    }

    @Test
    void waitsOutTheGatewaysRateLimitAsItsRetryAfterSays() {
        var file = DemoFile.parse("20-nomination.json", """
                { "steps": [ { "as": "admin", "method": "POST", "path": "/api/limited", "body": {},
                               "expect": [201], "save": { "limited": "/id" } } ] }
                """, mapper);

        demo.load(List.of(file), line -> { });

        assertEquals(2, limitedCalls.get());
        assertEquals("l-1", demo.substitute("${limited}"));
    }

    @Test
    void aRefusedStepStopsLoadingAndSaysWhereAndWhy() {
        var file = DemoFile.parse("20-nomination.json", """
                { "steps": [ { "method": "POST", "path": "/api/campaigns", "body": {} },
                             { "method": "POST", "path": "/api/refused", "body": {} },
                             { "method": "POST", "path": "/api/campaigns", "body": {} } ] }
                """, mapper);

        var failure = assertThrows(DemoDataException.class, () -> demo.load(List.of(file), line -> { }));

        assertTrue(failure.getMessage().startsWith("20-nomination.json, bước 2 POST /api/refused: HTTP 422"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Hạn đăng ký đã qua"), failure.getMessage());
        assertEquals(1, received.size(), "nothing after the refused step was sent");
    }

    @Test
    void aVariableNoStepSavedIsReportedBeforeAnythingIsSent() {
        var file = DemoFile.parse("30-exemplar.json", """
                { "steps": [ { "method": "POST", "path": "/api/campaigns/${nothing}/launch" } ] }
                """, mapper);

        var failure = assertThrows(DemoDataException.class, () -> demo.load(List.of(file), line -> { }));

        assertTrue(failure.getMessage().contains("${nothing}"), failure.getMessage());
        assertTrue(received.isEmpty());
    }

    @Test
    void refusesFieldsItDoesNotKnowSoThatTyposDoNotPassSilently() {
        var failure = assertThrows(IllegalArgumentException.class, () -> DemoFile.parse("x.json",
                "{ \"steps\": [ { \"path\": \"/api/x\", \"expected\": [200] } ] }", mapper));

        assertTrue(failure.getMessage().contains("x.json step 1: unknown field \"expected\""), failure.getMessage());
    }

    @Test
    void marksTheDataFolderOnlyOnceEverythingLoaded(@TempDir Path dataDir) throws IOException {
        assertFalse(DemoData.loadedInto(dataDir));

        var file = DemoFile.parse("10-campaign.json",
                "{ \"steps\": [ { \"method\": \"POST\", \"path\": \"/api/campaigns\", \"body\": {} } ] }", mapper);
        DemoData.markLoaded(dataDir, demo.load(List.of(file), line -> { }));

        assertTrue(DemoData.loadedInto(dataDir));
        assertTrue(Files.readString(dataDir.resolve(DemoData.MARKER)).contains("tệp"));
    }

    @Test
    void everyBundledFileIsWellFormedAndTheyRunInNameOrder() {
        var files = demo.bundledFiles();

        var names = files.stream().map(DemoFile::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        files.forEach(file -> assertFalse(file.steps().isEmpty(), file.name() + " has no steps"));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
