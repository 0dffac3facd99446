package vn.thidua.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml as {@code docker compose} sees it with no variable set: every {@code ${VAR:-default}} is its
 * default, {@code $$} is a literal dollar.
 */
final class ComposeFile {

    static final String FILE = "docker-compose.yml";
    /** {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}; defaults may not nest. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private final String text;
    private final JsonNode root;

    private ComposeFile(String text) {
        this.text = text;
        this.root = YAMLMapper.builder().build().readTree(text);
    }

    static ComposeFile load() {
        try {
            return new ComposeFile(Files.readString(Repository.file(FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    JsonNode services() {
        return root.path("services");
    }

    JsonNode service(String name) {
        return services().path(name);
    }

    JsonNode volumes() {
        return root.path("volumes");
    }

    /** Variables referenced without a default: compose would start with an empty value. */
    List<String> variablesWithoutDefault() {
        var missing = new ArrayList<String>();
        Matcher m = VARIABLE.matcher(text.replace("$$", ""));
        while (m.find()) {
            if (m.group(2) == null) {
                missing.add(m.group(0));
            }
        }
        return missing;
    }

    /** Every variable with its default; one variable has one default wherever it is used. */
    Map<String, String> defaults() {
        var defaults = new TreeMap<String, String>();
        Matcher m = VARIABLE.matcher(text.replace("$$", ""));
        while (m.find()) {
            String previous = defaults.put(m.group(1), m.group(2));
            if (previous != null && !previous.equals(m.group(2))) {
                throw new AssertionError(m.group(1) + " has two defaults: " + previous + " and " + m.group(2));
            }
        }
        return defaults;
    }

    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    String image(String service) {
        return interpolate(service(service).path("image").asString());
    }

    /** A service's environment (map form), interpolated. */
    Map<String, String> environment(String service) {
        var env = new LinkedHashMap<String, String>();
        for (var entry : service(service).path("environment").properties()) {
            env.put(entry.getKey(), interpolate(entry.getValue().asString()));
        }
        return env;
    }

    /** {@code depends_on} in its long form: service → condition. */
    Map<String, String> dependsOn(String service) {
        var conditions = new LinkedHashMap<String, String>();
        for (var entry : service(service).path("depends_on").properties()) {
            conditions.put(entry.getKey(), entry.getValue().path("condition").asString(""));
        }
        return conditions;
    }

    List<String> list(String service, String key) {
        var values = new ArrayList<String>();
        for (JsonNode value : service(service).path(key).values()) {
            values.add(interpolate(value.asString()));
        }
        return values;
    }

    /** The health check's command as one string (CMD and its arguments joined). */
    Optional<String> healthcheck(String service) {
        JsonNode test = service(service).path("healthcheck").path("test");
        if (test.isMissingNode()) {
            return Optional.empty();
        }
        if (test.isString()) {
            return Optional.of(interpolate(test.asString()));
        }
        var parts = new ArrayList<String>();
        test.values().forEach(part -> parts.add(interpolate(part.asString())));
        return Optional.of(String.join(" ", parts));
    }

    /** Bind mounts ({@code ./host:/container[:ro]}): host path in the repository → path in the container. */
    Map<Path, String> bindMounts(String service) {
        var mounts = new LinkedHashMap<Path, String>();
        for (String volume : list(service, "volumes")) {
            String[] parts = volume.split(":");
            if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                mounts.put(Repository.root().resolve(parts[0]).normalize(), parts[1]);
            }
        }
        return mounts;
    }

    /** Named volumes used by a service ({@code name:/container}). */
    List<String> namedVolumes(String service) {
        var names = new ArrayList<String>();
        for (String volume : list(service, "volumes")) {
            String source = volume.split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                names.add(source);
            }
        }
        return names;
    }
}
