package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "thidua.web.max-body-size=16KB")
// A cold first call on a busy 2-core machine can take longer than the client's default 5 s.
@AutoConfigureWebTestClient(timeout = "20s")
// The test client's slice would bring the JWT resource server along (it is on this module's class path); the
// error handling under test must work without any security, so it stays out.
@ImportAutoConfiguration(exclude = ReactiveOAuth2ResourceServerAutoConfiguration.class)
class ProblemHandlingTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String TITLE = "Phong trào thi đua “Dân vận khéo” — xã Định Hóa, năm 2025";

    @Autowired
    WebTestClient client;

    @Autowired
    JsonMapper applicationJsonMapper;

    // ---- request bodies

    static Map<String, Object> validCampaign() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", TITLE);
        body.put("period", new LinkedHashMap<>(Map.of("from", "2025-01-01", "to", "2025-12-31")));
        List<Map<String, Object>> criteria = new ArrayList<>();
        criteria.add(new LinkedHashMap<>(Map.of("name", "Chuyên cần", "maxScore", 40)));
        criteria.add(new LinkedHashMap<>(Map.of("name", "Sáng kiến", "maxScore", 60)));
        body.put("criteria", criteria);
        body.put("quota", 5);
        body.put("contactEmail", "vanphong@dinhhoa.thainguyen.gov.vn");
        body.put("code", "DVK-2025");
        body.put("weight", 2.5);
        body.put("deadline", "2999-12-31");
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> period(Map<String, Object> body) {
        return (Map<String, Object>) body.get("period");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> criterion(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("criteria")).get(index);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    // ---- calling and reading

    record Answer(int status, HttpHeaders headers, String raw, JsonNode body) {

        String text(String member) {
            return body.path(member).asString();
        }

        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asString(null)));
            return fields;
        }

        String errorMessage(String field) {
            for (JsonNode error : body.path("errors")) {
                if (field.equals(error.path("field").asString(null))) {
                    return error.path("message").asString();
                }
            }
            throw new AssertionError("no error for field " + field + " in " + raw);
        }
    }

    Answer answer(WebTestClient.RequestHeadersSpec<?> request) {
        EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
        byte[] bytes = result.getResponseBody() == null ? new byte[0] : result.getResponseBody();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
        return new Answer(result.getStatus().value(), result.getResponseHeaders(), raw, body);
    }

    Answer post(String path, String jsonBody) {
        return answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(jsonBody));
    }

    Answer get(String path) {
        return answer(client.get().uri(path));
    }

    static void assertProblem(Answer answer, int status, String slug, String instance) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.text("type")).isEqualTo("https://thidua.vn/problems/" + slug);
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
        assertThat(answer.text("title")).isNotBlank();
        assertThat(answer.text("detail")).isNotBlank();
        assertThat(answer.text("instance")).isEqualTo(instance);
    }

    // ---- the happy path, so that the refusals below are refusals of something that otherwise works

    @Test
    void validBodyIsAcceptedAndVietnameseRoundTrips() {
        Answer answer = post("/api/campaigns", json(validCampaign()));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        assertThat(answer.text("title")).isEqualTo(TITLE);
        assertThat(answer.raw()).contains("Định Hóa");
    }

    // ---- Bean Validation on @Valid bodies

    @Test
    void missingTitleIsNamedInAPoliteVietnameseDetail() {
        Map<String, Object> body = validCampaign();
        body.remove("title");

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.text("title")).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(answer.text("detail")).isEqualTo("Trường \"title\" không được để trống.");
        assertThat(answer.errorFields()).containsExactly("title");
        assertThat(answer.errorMessage("title")).isEqualTo("Không được để trống.");
        // The raw bytes are UTF-8: the Vietnamese arrives intact, not as escapes or mojibake.
        assertThat(answer.raw()).contains("không được để trống");
    }

    @Test
    void everyFieldErrorIsListedByItsJsonPath() {
        Map<String, Object> body = validCampaign();
        body.put("title", "x".repeat(201));
        period(body).remove("from");
        criterion(body, 0).put("maxScore", 150);

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("criteria[0].maxScore", "period.from", "title");
        assertThat(answer.errorMessage("criteria[0].maxScore")).isEqualTo("Phải nhỏ hơn hoặc bằng 100.");
        assertThat(answer.errorMessage("period.from")).isEqualTo("Không được để trống.");
        assertThat(answer.errorMessage("title")).isEqualTo("Phải có từ 1 đến 200 ký tự (hiện có 201).");
        assertThat(answer.text("detail"))
                .startsWith("Yêu cầu có 3 giá trị chưa hợp lệ: ")
                .contains("trường \"criteria[0].maxScore\" phải nhỏ hơn hoặc bằng 100")
                .contains("trường \"period.from\" không được để trống")
                .contains("trường \"title\" phải có từ 1 đến 200 ký tự");
    }

    static Stream<Arguments> constraintMessages() {
        return Stream.of(
                Arguments.of("blank title", (Consumer<Map<String, Object>>) b -> b.put("title", "   "),
                        "title", "Không được chỉ chứa khoảng trắng."),
                Arguments.of("no criteria", (Consumer<Map<String, Object>>) b -> b.put("criteria", List.of()),
                        "criteria", "Phải có ít nhất một phần tử."),
                Arguments.of("negative quota", (Consumer<Map<String, Object>>) b -> b.put("quota", -1),
                        "quota", "Phải lớn hơn 0."),
                Arguments.of("bad email", (Consumer<Map<String, Object>>) b -> b.put("contactEmail", "van phong"),
                        "contactEmail", "Phải là một địa chỉ email hợp lệ."),
                Arguments.of("bad code", (Consumer<Map<String, Object>>) b -> b.put("code", "dvk 2025"),
                        "code", "Không đúng định dạng yêu cầu."),
                Arguments.of("weight at exclusive max", (Consumer<Map<String, Object>>) b -> b.put("weight", 10.0),
                        "weight", "Phải nhỏ hơn 10.0."),
                Arguments.of("past deadline", (Consumer<Map<String, Object>>) b -> b.put("deadline", "2000-01-01"),
                        "deadline", "Phải là một ngày trong tương lai."),
                Arguments.of("negative score",
                        (Consumer<Map<String, Object>>) b -> criterion(b, 1).put("maxScore", -5),
                        "criteria[1].maxScore", "Phải lớn hơn hoặc bằng 0."),
                Arguments.of("long criterion name",
                        (Consumer<Map<String, Object>>) b -> criterion(b, 0).put("name", "đ".repeat(101)),
                        "criteria[0].name", "Phải có tối đa 100 ký tự (hiện có 101)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraintMessages")
    void constraintsAreExplainedInVietnamese(String name, Consumer<Map<String, Object>> change, String field,
                                             String message) {
        Map<String, Object> body = validCampaign();
        change.accept(body);

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly(field);
        assertThat(answer.errorMessage(field)).isEqualTo(message);
        assertThat(answer.text("detail")).startsWith("Trường \"" + field + "\" ");
    }

    // ---- what Jackson refuses

    @Test
    void unknownFieldIsRefusedAndNamed() {
        Map<String, Object> body = validCampaign();
        body.put("foo", 1);

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("foo");
        assertThat(answer.errorMessage("foo")).isEqualTo("Không được hỗ trợ.");
        assertThat(answer.text("detail")).startsWith("Trường \"foo\" không được hỗ trợ.").contains("title");
    }

    @Test
    void unknownNestedFieldIsNamedByItsPathAndVietnameseNamesSurvive() {
        Map<String, Object> body = validCampaign();
        criterion(body, 1).put("điểmThưởng", 5);

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("criteria[1].điểmThưởng");
    }

    @Test
    void impossibleDateIsRefusedWithItsField() {
        Map<String, Object> body = validCampaign();
        period(body).put("from", "2025-02-30");

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("period.from");
        assertThat(answer.errorMessage("period.from"))
                .isEqualTo("Phải là một ngày có thật theo định dạng YYYY-MM-DD, ví dụ 2025-01-31"
                        + " (nhận được \"2025-02-30\").");
        assertThat(answer.text("detail")).startsWith("Trường \"period.from\" phải là một ngày có thật");
    }

    @Test
    void textWhereANumberBelongsIsRefusedWithItsField() {
        Map<String, Object> body = validCampaign();
        body.put("quota", "nhiều");

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("quota");
        assertThat(answer.errorMessage("quota")).isEqualTo("Phải là một số nguyên (nhận được \"nhiều\").");
    }

    @Test
    void fractionWhereAnIntegerBelongsIsRefusedNotTruncated() {
        Map<String, Object> body = validCampaign();
        criterion(body, 0).put("maxScore", 2.5);

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 400, "validation", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("criteria[0].maxScore");
        assertThat(answer.errorMessage("criteria[0].maxScore")).startsWith("Phải là một số nguyên");
    }

    @Test
    void brokenJsonIsLocatedByLineAndColumn() {
        String broken = """
                {
                  "title": "Thi đua",
                  "period": {"from": "2025-01-01" "to": "2025-12-31"}
                }
                """;

        Answer answer = post("/api/campaigns", broken);

        assertProblem(answer, 400, "malformed-request", "/api/campaigns");
        assertThat(answer.body().path("line").asInt()).isEqualTo(3);
        assertThat(answer.body().path("column").asInt()).isGreaterThan(30);
        assertThat(answer.text("detail")).startsWith("Nội dung JSON không đúng cú pháp tại dòng 3, cột ");
    }

    @Test
    void truncatedJsonIsSaidToBeCutShort() {
        Answer answer = post("/api/campaigns", "{\"title\": \"Thi đua\", \"period\": {");

        assertProblem(answer, 400, "malformed-request", "/api/campaigns");
        assertThat(answer.text("detail")).startsWith("Nội dung JSON bị cắt ngang");
    }

    @Test
    void duplicateFieldIsRefusedAndNamed() {
        String body = json(validCampaign()).replaceFirst("\\{", "{\"quota\": 1, ");

        Answer answer = post("/api/campaigns", body);

        assertProblem(answer, 400, "malformed-request", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("quota");
        assertThat(answer.text("detail")).startsWith("Trường \"quota\" xuất hiện nhiều lần");
    }

    @Test
    void nestedDuplicateFieldIsNamedByItsPath() {
        String body = json(validCampaign())
                .replace("\"to\":\"2025-12-31\"", "\"to\":\"2025-12-31\",\"to\":\"2026-12-31\"");

        Answer answer = post("/api/campaigns", body);

        assertProblem(answer, 400, "malformed-request", "/api/campaigns");
        assertThat(answer.errorFields()).containsExactly("period.to");
    }

    @Test
    void emptyBodyIsRefusedAsMalformed() {
        Answer answer = answer(client.post().uri("/api/campaigns").contentType(MediaType.APPLICATION_JSON));

        assertProblem(answer, 400, "malformed-request", "/api/campaigns");
        assertThat(answer.text("detail")).contains("nội dung đang trống");
    }

    // ---- parameters

    @Test
    void pathVariableOfTheWrongTypeIsNamed() {
        Answer answer = get("/api/campaigns/abc");

        assertProblem(answer, 400, "validation", "/api/campaigns/abc");
        assertThat(answer.errorFields()).containsExactly("id");
        assertThat(answer.text("detail")).isEqualTo("Tham số \"id\" phải là một số nguyên (nhận được \"abc\").");
    }

    @Test
    void missingRequiredParameterIsNamed() {
        Answer answer = get("/api/search");

        assertProblem(answer, 400, "validation", "/api/search");
        assertThat(answer.errorFields()).containsExactly("page");
        assertThat(answer.text("detail")).isEqualTo("Tham số \"page\" là bắt buộc nhưng chưa được cung cấp.");
    }

    @Test
    void constrainedParameterIsValidatedByMethodValidation() {
        Answer answer = get("/api/search?page=0");

        assertProblem(answer, 400, "validation", "/api/search");
        assertThat(answer.errorFields()).containsExactly("page");
        assertThat(answer.errorMessage("page")).isEqualTo("Phải lớn hơn hoặc bằng 1.");
    }

    @Test
    void queryParameterWithAnImpossibleDateIsNamed() {
        Answer answer = get("/api/search?page=1&from=2025-13-01");

        assertProblem(answer, 400, "validation", "/api/search");
        assertThat(answer.errorFields()).containsExactly("from");
        assertThat(answer.errorMessage("from")).contains("YYYY-MM-DD").contains("2025-13-01");
    }

    @Test
    void methodValidationNamesParametersAndBodyFieldsAlike() {
        Answer answer = answer(client.put().uri("/api/criteria/0").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"Chuyên cần\", \"maxScore\": 101}"));

        assertProblem(answer, 400, "validation", "/api/criteria/0");
        assertThat(answer.errorFields()).containsExactly("id", "maxScore");
        assertThat(answer.text("detail")).contains("tham số \"id\" phải lớn hơn 0")
                .contains("trường \"maxScore\" phải nhỏ hơn hoặc bằng 100");
    }

    // ---- routing

    @Test
    void unknownPathIsNotFound() {
        Answer get = get("/api/khong-ton-tai");
        Answer post = post("/api/khong-ton-tai", "{}");

        assertProblem(get, 404, "not-found", "/api/khong-ton-tai");
        assertThat(get.text("detail")).isEqualTo("Không tìm thấy tài nguyên tại đường dẫn \"/api/khong-ton-tai\".");
        assertProblem(post, 404, "not-found", "/api/khong-ton-tai");
    }

    @Test
    void wrongMethodIsRefusedWithAllow() {
        Answer answer = answer(client.delete().uri("/api/campaigns"));

        assertProblem(answer, 405, "method-not-allowed", "/api/campaigns");
        assertThat(answer.headers().getAllow()).extracting(Object::toString).containsExactly("POST");
        assertThat(answer.text("detail")).contains("DELETE").contains("POST");
    }

    @Test
    void unsupportedContentTypeIsRefused() {
        Answer answer = answer(client.post().uri("/api/campaigns").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("Thi đua"));

        assertProblem(answer, 415, "unsupported-media-type", "/api/campaigns");
        assertThat(answer.text("detail")).contains("text/plain").contains("application/json");
    }

    @Test
    void unproducibleAcceptIsRefused() {
        Answer answer = answer(client.get().uri("/api/campaigns/1").accept(MediaType.valueOf("text/csv")));

        assertProblem(answer, 406, "not-acceptable", "/api/campaigns/1");
        assertThat(answer.text("detail")).contains("text/csv").contains("application/json");
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        Map<String, Object> body = validCampaign();
        body.put("title", "Thi đua ".repeat(3000));

        Answer answer = post("/api/campaigns", json(body));

        assertProblem(answer, 413, "payload-too-large", "/api/campaigns");
        assertThat(answer.text("detail")).contains("16 KB");
    }

    // ---- the application's own refusals

    @Test
    void notFoundExceptionKeepsItsDetail() {
        Answer answer = get("/api/campaigns/42");

        assertProblem(answer, 404, "not-found", "/api/campaigns/42");
        assertThat(answer.text("detail")).isEqualTo("Không tìm thấy đợt thi đua có mã \"42\".");
    }

    @Test
    void illegalTransitionIs409WithItsProperties() {
        Answer answer = post("/api/campaigns/1/approve", "");

        assertProblem(answer, 409, "illegal-transition", "/api/campaigns/1/approve");
        assertThat(answer.text("detail")).isEqualTo("Không thể phê duyệt đợt thi đua đang ở trạng thái Nháp.");
        assertThat(answer.text("currentStatus")).isEqualTo("DRAFT");
        assertThat(answer.text("action")).isEqualTo("approve");
    }

    @Test
    void concurrentChangeIs409() {
        Answer answer = post("/api/campaigns/7/rename", "");

        assertProblem(answer, 409, "concurrent-change", "/api/campaigns/7/rename");
        assertThat(answer.text("aggregateId")).isEqualTo("campaign-7");
        assertThat(answer.body().path("expectedVersion").asLong()).isEqualTo(2);
    }

    @Test
    void businessRuleIs422WithItsRule() {
        Answer answer = post("/api/campaigns/1/register", "");

        assertProblem(answer, 422, "business-rule", "/api/campaigns/1/register");
        assertThat(answer.text("rule")).isEqualTo("registration-deadline-passed");
        assertThat(answer.text("detail")).isEqualTo("Đã hết hạn đăng ký thi đua (hạn cuối: 31/03/2025).");
    }

    @Test
    void staleIfMatchIs412AndTheCurrentOnePasses() {
        String criterion = "{\"name\": \"Chuyên cần\", \"maxScore\": 10}";

        Answer stale = answer(client.put().uri("/api/campaigns/1").header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(criterion));
        Answer current = answer(client.put().uri("/api/campaigns/1").header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(criterion));

        assertProblem(stale, 412, "stale-version", "/api/campaigns/1");
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(3);
        assertThat(current.status()).as(current.raw()).isEqualTo(200);
    }

    @Test
    void weakIfMatchIsRefusedAsMalformed() {
        Answer answer = answer(client.put().uri("/api/campaigns/1").header("If-Match", "W/\"3\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"Chuyên cần\", \"maxScore\": 10}"));

        assertProblem(answer, 400, "malformed-request", "/api/campaigns/1");
        assertThat(answer.errorFields()).containsExactly("If-Match");
        assertThat(answer.text("detail")).contains("ETag yếu");
    }

    @Test
    void etagIsTheQuotedVersion() {
        client.get().uri("/api/campaigns/1").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");
    }

    @Test
    void rateLimitedAnswerCarriesRetryAfter() {
        Answer answer = get("/api/limited");

        assertProblem(answer, 429, "rate-limited", "/api/limited");
        assertThat(answer.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(answer.body().path("retryAfter").asLong()).isEqualTo(30);
        assertThat(answer.text("detail")).contains("30 giây");
    }

    @Test
    void unavailableDependencyIs503WithRetryAfter() {
        Answer answer = get("/api/unavailable");

        assertProblem(answer, 503, "service-unavailable", "/api/unavailable");
        assertThat(answer.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(answer.text("detail")).startsWith("Dịch vụ danh mục đơn vị đang tạm ngừng");
    }

    @Test
    void unexpectedErrorIsA500ThatRevealsNothing() {
        Answer answer = get("/api/boom");

        assertProblem(answer, 500, "internal", "/api/boom");
        assertThat(answer.text("detail")).isEqualTo(Problems.INTERNAL_DETAIL);
        assertThat(answer.raw()).doesNotContain("s3cret").doesNotContain("mongodb").doesNotContain("Exception");
    }

    // ---- outside annotated controllers

    @Test
    void functionalRouteReadsStrictlyToo() {
        Answer answer = post("/fn/criteria", "{\"name\": \"Chuyên cần\", \"maxScore\": 10, \"extra\": true}");

        assertProblem(answer, 400, "validation", "/fn/criteria");
        assertThat(answer.errorFields()).containsExactly("extra");
    }

    @Test
    void constraintViolationExceptionIsListedByPath() {
        Answer answer = post("/fn/criteria", "{\"name\": \"\", \"maxScore\": 101}");

        assertProblem(answer, 400, "validation", "/fn/criteria");
        assertThat(answer.errorFields()).containsExactly("maxScore", "name");
        assertThat(answer.errorMessage("maxScore")).isEqualTo("Phải nhỏ hơn hoặc bằng 100.");
        assertThat(answer.errorMessage("name")).isEqualTo("Không được để trống.");
    }

    @Test
    void functionalRouteFailureIsAn500ThatRevealsNothing() {
        Answer answer = get("/fn/boom");

        assertProblem(answer, 500, "internal", "/fn/boom");
        assertThat(answer.raw()).doesNotContain("fn internals");
    }

    @Test
    void functionalRouteBodyOverTheLimitIsRefusedWith413() {
        String body = json(Map.of("name", "Thi đua ".repeat(3000), "maxScore", 1));

        Answer answer = post("/fn/criteria", body);

        assertProblem(answer, 413, "payload-too-large", "/fn/criteria");
    }

    @Test
    void securityEntryPointsWriteTheSameDocuments() {
        Answer unauthenticated = get("/secure/unauthenticated");
        Answer forbidden = get("/secure/forbidden");

        assertProblem(unauthenticated, 401, "unauthenticated", "/secure/unauthenticated");
        assertThat(unauthenticated.text("detail")).startsWith("Bạn cần đăng nhập");
        assertProblem(forbidden, 403, "forbidden", "/secure/forbidden");
    }

    @Test
    void traceIdFromTraceparentIsQuoted() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        Answer answer = answer(client.get().uri("/api/campaigns/42")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(answer.text("traceId")).isEqualTo(traceId);
    }

    @Test
    void applicationJsonMapperStaysLenientForEvents() {
        var criterion = applicationJsonMapper.readValue(
                "{\"name\": \"Chuyên cần\", \"maxScore\": 10, \"addedByANewerProducer\": true}",
                ProblemTestController.Criterion.class);

        assertThat(criterion.maxScore()).isEqualTo(10);
    }
}
