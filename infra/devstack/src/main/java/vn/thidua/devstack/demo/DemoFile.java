package vn.thidua.devstack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One file of {@code demo/}: a description and its steps, in order. */
record DemoFile(String name, String description, List<DemoStep> steps) {

    static DemoFile parse(String name, String json, JsonMapper mapper) {
        JsonNode root = mapper.readTree(json);
        if (!root.isObject() || !root.path("steps").isArray()) {
            throw new IllegalArgumentException(name + ": expected {\"description\": …, \"steps\": […]}");
        }
        List<DemoStep> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : root.path("steps")) {
            index++;
            try {
                steps.add(step(step));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " step " + index + ": " + e.getMessage(), e);
            }
        }
        return new DemoFile(name, root.path("description").asString(""), List.copyOf(steps));
    }

    private static DemoStep step(JsonNode step) {
        for (String field : step.propertyNames()) {
            if (!List.of("as", "method", "path", "headers", "body", "text", "contentType", "expect", "save",
                    "waitUntil", "comment").contains(field)) {
                throw new IllegalArgumentException("unknown field \"" + field + "\"");
            }
        }
        List<Integer> expect = new ArrayList<>();
        step.path("expect").forEach(status -> expect.add(status.asInt()));
        return new DemoStep(
                text(step, "as"),
                step.path("method").asString("GET").toUpperCase(Locale.ROOT),
                text(step, "path"),
                strings(step.path("headers")),
                step.has("body") ? step.get("body") : null,
                text(step, "text"),
                text(step, "contentType"),
                expect,
                strings(step.path("save")),
                text(step, "waitUntil"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
        return values;
    }
}
