package vn.thidua.devstack.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One request of a demo file. See {@link DemoData} for the file format.
 *
 * @param user        the demo user the request is made as; null for an anonymous request
 * @param body        a JSON body, or null
 * @param text        a non-JSON body (e.g. a CSV file), or null
 * @param contentType the type of {@code text}; JSON bodies are always {@code application/json}
 * @param expect      accepted statuses; empty means any 2xx
 * @param save        variable name → JSON Pointer into the answer, or {@code header:<Name>}
 * @param waitUntil   a JSON Pointer that must be present in a 2xx answer before the step counts as done, or null
 */
record DemoStep(String user, String method, String path, Map<String, String> headers, JsonNode body, String text,
                String contentType, List<Integer> expect, Map<String, String> save, String waitUntil) {

    DemoStep {
        headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
        expect = expect == null ? List.of() : List.copyOf(expect);
        save = save == null ? Map.of() : new LinkedHashMap<>(save);
        if (body != null && text != null) {
            throw new IllegalArgumentException("a step has either body or text, not both");
        }
        if (method == null || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a step needs method and a path starting with /");
        }
    }

    boolean accepts(int status) {
        return expect.isEmpty() ? status / 100 == 2 : expect.contains(status);
    }

    @Override
    public String toString() {
        return method + " " + path + (user == null ? "" : " (" + user + ")");
    }
}
