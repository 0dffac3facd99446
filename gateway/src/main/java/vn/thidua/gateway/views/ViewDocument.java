package vn.thidua.gateway.views;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * A view's answer under construction: named parts in the order they are added, and the services whose parts are
 * missing. A missing part is {@code null} in the document and its service is listed under {@code degraded}.
 */
public final class ViewDocument {

    private final Map<String, Object> parts = new LinkedHashMap<>();
    private final TreeSet<String> degraded = new TreeSet<>();

    /** Adds a part: its body, or null (and the service in {@code degraded}) when the call failed. */
    public ViewDocument put(String name, Part part) {
        if (part instanceof Part.Found found) {
            parts.put(name, found.body());
        } else if (part instanceof Part.Missing missing) {
            parts.put(name, null);
            degraded.add(missing.service());
        } else {
            parts.put(name, null);
        }
        return this;
    }

    /** Names a service whose part is missing, for parts assembled from several calls. */
    public ViewDocument markDegraded(String service) {
        degraded.add(service);
        return this;
    }

    public ViewDocument putValue(String name, Object value) {
        parts.put(name, value);
        return this;
    }

    /** The body of a part that was found, for views that compute from it. */
    public static JsonNode body(Part part) {
        return part instanceof Part.Found found ? found.body() : null;
    }

    public boolean isDegraded() {
        return !degraded.isEmpty();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>(parts);
        document.put("degraded", degraded.stream().toList());
        return document;
    }
}
