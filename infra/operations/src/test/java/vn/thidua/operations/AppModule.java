package vn.thidua.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.thidua.devstack.Application;

/**
 * A Spring Boot application of the suite as the one-command stack knows it (devstack's {@code Applications}, the
 * list a new service is added to), with what its module says about it: its pom, its application.yml and the
 * environment variables its code and its shared support modules read.
 */
record AppModule(Application application, Pom pom) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** {@code ${THIDUA_X}} or {@code ${THIDUA_X:default}}, in YAML, in @Value and in EnvironmentPostProcessors. */
    private static final Pattern VARIABLE_READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** The keys a support module's EnvironmentPostProcessor sets: {@code d.put("spring.mongodb.uri", ...)}. */
    private static final Pattern DEFAULT_KEY = Pattern.compile("\\bd\\.put\\(\"([a-z0-9.\\-]+)\"");

    /** devstack keeps its list package-private (it is launcher wiring); reading it beats keeping a copy here. */
    static List<AppModule> all() {
        try {
            Field field = Class.forName("vn.thidua.devstack.Applications").getDeclaredField("ALL");
            field.setAccessible(true);
            var modules = new ArrayList<AppModule>();
            for (Object application : (List<?>) field.get(null)) {
                Application app = (Application) application;
                modules.add(new AppModule(app, Pom.of(app.moduleDir())));
            }
            return modules;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("devstack's Applications.ALL could not be read", e);
        }
    }

    String name() {
        return application.name();
    }

    Path dir() {
        return Repository.file(application.moduleDir());
    }

    boolean isGateway() {
        return application.routesServices();
    }

    JsonNode applicationYml() {
        return YAML.readTree(dir().resolve("src/main/resources/application.yml").toFile());
    }

    /** The default of {@code ${VARIABLE:8081}} at a path of application.yml, e.g. {@code server.port}. */
    int defaultPort(String... path) {
        JsonNode node = applicationYml();
        for (String step : path) {
            node = node.path(step);
        }
        Matcher m = Pattern.compile("^\\$\\{[A-Z0-9_]+:(\\d+)}$").matcher(node.asString(""));
        if (!m.matches()) {
            throw new AssertionError(name() + ": " + String.join(".", path) + " is not ${VARIABLE:<port>}: " + node);
        }
        return Integer.parseInt(m.group(1));
    }

    Optional<Integer> managementPort() {
        return applicationYml().path("management").path("server").has("port")
                ? Optional.of(defaultPort("management", "server", "port")) : Optional.empty();
    }

    /** This module and the modules of the suite it depends on (web-support, service-support...), transitively. */
    List<Path> moduleAndSupport() {
        var dirs = new LinkedHashSet<Path>();
        collect(pom, dirs);
        return List.copyOf(dirs);
    }

    private static void collect(Pom pom, Set<Path> into) {
        if (!into.add(pom.dir())) {
            return;
        }
        Map<String, String> suiteModules = Pom.suiteModules();
        for (String artifact : pom.suiteDependencies()) {
            String dir = suiteModules.get(artifact);
            if (dir != null) {
                collect(Pom.of(dir), into);
            }
        }
    }

    /** Every {@code THIDUA_*}, {@code SPRING_*}... variable the main code and configuration of the module reads. */
    Set<String> variablesRead() {
        var names = new LinkedHashSet<String>();
        for (String text : mainSources()) {
            Matcher m = VARIABLE_READ.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * Environment names Spring's relaxed binding maps onto properties this application has: those of its
     * application.yml and those its support modules' defaults set ({@code thidua.messaging.replication-factor}
     * → {@code THIDUA_MESSAGING_REPLICATIONFACTOR}).
     */
    Set<String> relaxedNames() {
        var keys = new LinkedHashSet<String>();
        flatten("", applicationYml(), keys);
        for (String text : mainSources()) {
            Matcher m = DEFAULT_KEY.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        var names = new LinkedHashSet<String>();
        for (String key : keys) {
            names.add(key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return names;
    }

    private static void flatten(String prefix, JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), into);
            }
        } else {
            into.add(prefix);
        }
    }

    private List<String> mainSources() {
        var texts = new ArrayList<String>();
        for (Path module : moduleAndSupport()) {
            Path main = module.resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml")
                        || f.toString().endsWith(".properties")).toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
