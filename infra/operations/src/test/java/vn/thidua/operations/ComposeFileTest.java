package vn.thidua.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.thidua.contracts.events.Topics;
import vn.thidua.support.messaging.TopicNames;

/**
 * docker-compose.yml cannot run on this machine (no Docker), so it is checked against what it deploys: every
 * application of the suite, its image, ports, variables and start-up order, and the topics the services use.
 */
class ComposeFileTest {

    private static final String KAFKA_INIT = "kafka-init";
    private static final String MONGODB = "mongodb";
    private static final String KEYCLOAK = "keycloak";
    private static final String HEALTHY = "service_healthy";
    private static final String COMPLETED = "service_completed_successfully";
    /** {@code create <topic> <partitions>} lines of kafka-init's script. */
    private static final Pattern CREATE = Pattern.compile("(?m)^\\s*create\\s+(\\S+)\\s+(\\d+)\\s*$");

    private final ComposeFile compose = ComposeFile.load();
    private final List<AppModule> apps = AppModule.all();

    @Test
    void everyApplicationRunsTheImageItsPomBuilds() {
        assertThat(apps).as("devstack's Applications").hasSizeGreaterThanOrEqualTo(5);
        var softly = new SoftAssertions();
        for (AppModule app : apps) {
            softly.assertThat(compose.service(app.name()).isMissingNode())
                    .as("compose service named like the application: %s", app.name()).isFalse();
            softly.assertThat(app.pom().property("jib.skip")).as("%s builds an image", app.name()).contains("false");
            softly.assertThat(compose.image(app.name())).as("image of %s", app.name())
                    .isEqualTo(app.pom().imageName());
            // Compose may override the image's JVM options, but by default runs the ones the image was built with.
            softly.assertThat(compose.environment(app.name()).get("JAVA_TOOL_OPTIONS")).as("%s: JVM options", app.name())
                    .isEqualTo(Pom.text(Pom.path(Pom.jibPlugin(), "configuration", "container", "environment",
                            "JAVA_TOOL_OPTIONS")));
        }
        // Only applications become images: a library module with an image would fail the images build.
        var imageModules = new ArrayList<String>();
        Pom.suiteModules().forEach((artifact, dir) -> {
            if (Pom.of(dir).property("jib.skip").filter("false"::equals).isPresent()) {
                imageModules.add(artifact);
            }
        });
        softly.assertThat(imageModules).as("modules with jib.skip=false")
                .containsExactlyInAnyOrderElementsOf(apps.stream().map(AppModule::name).toList());
        softly.assertAll();
    }

    @Test
    void portsAreTheApplicationsPorts() {
        var softly = new SoftAssertions();
        for (AppModule app : apps) {
            int port = app.defaultPort("server", "port");
            int probePort = app.managementPort().orElse(port);
            softly.assertThat(port).as("%s: server.port default = the stack's port", app.name())
                    .isEqualTo(app.application().port().defaultPort());
            softly.assertThat(app.managementPort()).as("%s: management port = the stack's", app.name())
                    .isEqualTo(app.application().managementPort().map(p -> p.defaultPort()));
            softly.assertThat(app.pom().property("thidua.image.port")).as("%s: image port", app.name())
                    .contains(String.valueOf(port));
            softly.assertThat(app.pom().property("thidua.image.management-port"))
                    .as("%s: image management port", app.name()).contains(String.valueOf(probePort));

            Set<String> reachable = new LinkedHashSet<>(compose.list(app.name(), "expose"));
            for (String mapping : compose.list(app.name(), "ports")) {
                reachable.add(mapping.substring(mapping.lastIndexOf(':') + 1));
            }
            softly.assertThat(reachable).as("%s: ports exposed in compose", app.name())
                    .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(List.of(String.valueOf(port),
                            String.valueOf(probePort))));
            softly.assertThat(compose.healthcheck(app.name())).as("%s: readiness probe", app.name())
                    .hasValueSatisfying(check -> assertThat(check)
                            .contains("/dev/tcp/127.0.0.1/" + probePort + " ")
                            .contains("GET /actuator/health/readiness ")
                            .contains("' 200 '"));
        }
        softly.assertThat(compose.list("gateway", "ports")).as("the gateway is the one published entry")
                .anySatisfy(mapping -> assertThat(mapping).endsWith(":8080"));
        for (AppModule app : apps) {
            if (!app.isGateway()) {
                softly.assertThat(compose.list(app.name(), "ports")).as("%s is reached only through the gateway",
                        app.name()).isEmpty();
            }
        }
        softly.assertAll();
    }

    @Test
    void everyVariableSetForAnApplicationIsOneItReads() {
        var softly = new SoftAssertions();
        for (AppModule app : apps) {
            Set<String> read = app.variablesRead();
            Set<String> relaxed = app.relaxedNames();
            for (String variable : compose.environment(app.name()).keySet()) {
                if (variable.startsWith("THIDUA_") || variable.startsWith("SPRING_")) {
                    softly.assertThat(read.contains(variable) || relaxed.contains(variable))
                            .as("%s: %s is read by its configuration (application.yml, its code, service-support or "
                                    + "web-support defaults) or binds to one of its properties", app.name(), variable)
                            .isTrue();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void applicationsFindTheirInfrastructureWhereComposeRunsIt() {
        var softly = new SoftAssertions();
        String realmName = realm().path("realm").asString();
        String issuer = compose.environment(KEYCLOAK).get("KC_HOSTNAME") + "/realms/" + realmName;
        String keycloakPort = containerPort(compose.list(KEYCLOAK, "ports").get(0));
        String jwks = "http://" + KEYCLOAK + ":" + keycloakPort + "/realms/" + realmName
                + "/protocol/openid-connect/certs";
        List<String> mongoCommand = compose.list(MONGODB, "command");
        String replicaSet = mongoCommand.get(mongoCommand.indexOf("--replSet") + 1);
        String kafka = advertised(compose.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"), "PLAINTEXT");

        for (AppModule app : apps) {
            Map<String, String> env = compose.environment(app.name());
            softly.assertThat(env).as("%s: tokens from Keycloak's realm", app.name())
                    .containsEntry("THIDUA_ISSUER_URI", issuer).containsEntry("THIDUA_JWKS_URI", jwks);
            softly.assertThat(env).as("%s: the broker's advertised listener", app.name())
                    .containsEntry("THIDUA_KAFKA_BOOTSTRAP", kafka);
            if (usesMongo(app)) {
                softly.assertThat(env).as("%s: the replica set", app.name())
                        .containsEntry("THIDUA_MONGODB_URI", "mongodb://" + MONGODB + ":27017/?replicaSet=" + replicaSet);
            } else {
                softly.assertThat(env).as("%s has no database", app.name()).doesNotContainKey("THIDUA_MONGODB_URI");
            }
            if (app.isGateway()) {
                for (AppModule service : apps) {
                    if (!service.isGateway()) {
                        // The rule devstack's Application.urlVariable() applies: campaign-service → THIDUA_CAMPAIGN_SERVICE_URL.
                        String variable = "THIDUA_" + service.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
                        softly.assertThat(env).as("gateway routes to %s", service.name()).containsEntry(variable,
                                "http://" + service.name() + ":" + service.defaultPort("server", "port"));
                    }
                }
            }
        }
        softly.assertThat(compose.list(KEYCLOAK, "command")).as("Keycloak imports the realm").contains("--import-realm");
        softly.assertThat(compose.bindMounts(KEYCLOAK)).as("the realm file, where Keycloak imports from")
                .containsEntry(Repository.file(KeycloakRealmTest.REALM_FILE), "/opt/keycloak/data/import/"
                        + Path.of(KeycloakRealmTest.REALM_FILE).getFileName());
        softly.assertAll();
    }

    @Test
    void applicationsStartAfterWhatTheyNeedIsReady() {
        var softly = new SoftAssertions();
        for (AppModule app : apps) {
            Map<String, String> dependsOn = compose.dependsOn(app.name());
            softly.assertThat(dependsOn).as("%s: topics exist first", app.name()).containsEntry(KAFKA_INIT, COMPLETED);
            softly.assertThat(dependsOn).as("%s: the issuer is ready first", app.name()).containsEntry(KEYCLOAK, HEALTHY);
            if (usesMongo(app)) {
                softly.assertThat(dependsOn).as("%s: its database is ready first", app.name())
                        .containsEntry(MONGODB, HEALTHY);
            }
            if (app.isGateway()) {
                for (AppModule service : apps) {
                    if (!service.isGateway()) {
                        softly.assertThat(dependsOn).as("the gateway starts after %s", service.name())
                                .containsEntry(service.name(), HEALTHY);
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyServiceWaitedForCanSayItIsReady() {
        var softly = new SoftAssertions();
        for (String service : compose.services().propertyNames()) {
            compose.dependsOn(service).forEach((target, condition) -> {
                softly.assertThat(compose.service(target).isMissingNode()).as("%s depends on %s", service, target)
                        .isFalse();
                softly.assertThat(condition).as("%s → %s: a condition, never mere start order", service, target)
                        .isIn(HEALTHY, COMPLETED);
                if (condition.equals(HEALTHY)) {
                    softly.assertThat(compose.healthcheck(target)).as("%s has a health check", target).isPresent();
                }
                if (condition.equals(COMPLETED)) {
                    softly.assertThat(compose.service(target).path("restart").asString("no"))
                            .as("%s runs once", target).isEqualTo("no");
                }
            });
            boolean oneShot = compose.service(service).path("restart").asString("no").equals("no");
            if (!oneShot) {
                softly.assertThat(compose.healthcheck(service)).as("long-running %s has a health check", service)
                        .isPresent();
            }
        }
        softly.assertAll();
    }

    @Test
    void dataLivesInDeclaredNamedVolumes() {
        var used = new LinkedHashSet<String>();
        for (String service : compose.services().propertyNames()) {
            used.addAll(compose.namedVolumes(service));
        }
        assertThat(used).as("named volumes used").contains("kafka-data", "mongodb-data", "prometheus-data",
                "grafana-data");
        assertThat(compose.volumes().propertyNames()).as("top-level volumes")
                .containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void mountedFilesExist() {
        var softly = new SoftAssertions();
        for (String service : compose.services().propertyNames()) {
            compose.bindMounts(service).forEach((host, container) -> softly.assertThat(host)
                    .as("%s mounts %s", service, Repository.root().relativize(host)).exists());
        }
        // The configuration file Prometheus is told to read is one of the mounted ones.
        String config = compose.list("prometheus", "command").stream()
                .filter(argument -> argument.startsWith("--config.file=")).findFirst().orElseThrow()
                .substring("--config.file=".length());
        softly.assertThat(hostPath("prometheus", config)).as("Prometheus' configuration").isRegularFile();
        softly.assertAll();
    }

    /**
     * Prometheus, in compose, scrapes every application by its compose name and probe port. (Which job and labels
     * the scrape config uses is PrometheusRulesTest's business; here only that compose's names are the ones scraped.)
     */
    @Test
    void prometheusScrapesEveryApplicationWhereComposeRunsIt() {
        String config = compose.list("prometheus", "command").stream()
                .filter(argument -> argument.startsWith("--config.file=")).findFirst().orElseThrow()
                .substring("--config.file=".length());
        Path file = hostPath("prometheus", config);
        assertThat(file).as("Prometheus' configuration").isRegularFile();
        JsonNode prometheus = YAMLMapper.builder().build().readTree(file.toFile());
        var metricsPathByTarget = new LinkedHashMap<String, String>();
        prometheus.path("scrape_configs").values().forEach(job -> job.path("static_configs").values()
                .forEach(c -> c.path("targets").values().forEach(t -> metricsPathByTarget.put(t.asString(),
                        job.path("metrics_path").asString()))));
        var softly = new SoftAssertions();
        for (AppModule app : apps) {
            int port = app.managementPort().orElse(app.defaultPort("server", "port"));
            String target = app.name() + ":" + port;
            softly.assertThat(metricsPathByTarget).as("a scrape target %s", target).containsKey(target);
            softly.assertThat(metricsPathByTarget.get(target)).as("%s: metrics path", app.name())
                    .isEqualTo("/actuator/prometheus");
        }
        prometheus.path("rule_files").values().forEach(rules -> softly.assertThat(file.resolveSibling(rules.asString()))
                .as("rule file %s beside the configuration", rules.asString()).isRegularFile());
        softly.assertAll();
    }

    @Test
    void everyVariableHasADefault() {
        assertThat(compose.variablesWithoutDefault()).as("docker compose up works with no .env").isEmpty();
    }

    /** .env.example lists every variable compose reads, each with the default compose falls back to. */
    @Test
    void envExampleListsEveryVariableWithItsDefault() throws Exception {
        var example = new TreeMap<String, String>();
        for (String line : Files.readAllLines(Repository.file(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                example.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        assertThat(example).isEqualTo(compose.defaults());
    }

    /**
     * kafka-init creates exactly the topics the services declare (their own topics and the dead-letter topics of
     * what they consume), with the partitions they declare and TopicProvisioner's settings.
     */
    @Test
    void kafkaInitCreatesEveryTopicTheServicesUse() throws Exception {
        String script = String.join("\n", compose.list(KAFKA_INIT, "command"));
        var created = new TreeMap<String, Integer>();
        Matcher m = CREATE.matcher(script);
        while (m.find()) {
            assertThat(created.put(m.group(1), Integer.parseInt(m.group(2)))).as("%s created twice", m.group(1))
                    .isNull();
        }

        var expected = new TreeMap<String, Integer>();
        for (AppModule app : apps) {
            JsonNode messaging = app.applicationYml().path("thidua").path("messaging");
            for (JsonNode own : messaging.path("publishes").values()) {
                expected.put(own.path("name").asString(), own.path("partitions").asInt());
            }
            for (JsonNode consumed : messaging.path("consumes").values()) {
                expected.put(TopicNames.deadLetter(consumed.asString(), app.name()), 1);
            }
        }
        assertThat(expected.keySet()).as("the gateway's live stream reads every domain topic")
                .containsAll(Topics.all());
        assertThat(created).as("topics created by kafka-init").isEqualTo(expected);

        var settings = new LinkedHashMap<String, String>();
        Matcher config = Pattern.compile("--config\\s+([a-z.]+)=(\\S+)").matcher(script);
        while (config.find()) {
            settings.put(config.group(1), config.group(2));
        }
        assertThat(settings).as("topic settings = TopicProvisioner's").isEqualTo(provisionerSettings());
        Matcher replication = Pattern.compile("--replication-factor\\s+(\\d+)").matcher(script);
        assertThat(replication.find()).isTrue();
        assertThat(replication.group(1)).as("replication = the services' default")
                .isEqualTo(serviceDefault("thidua.messaging.replication-factor"));
        assertThat(compose.dependsOn(KAFKA_INIT)).containsEntry("kafka", HEALTHY);
    }

    /** The broker is the release of the client library the services are built with (Boot's managed version). */
    @Test
    void theBrokerIsTheReleaseOfTheServicesClient() {
        String image = compose.image("kafka");
        assertThat(image.substring(image.lastIndexOf(':') + 1)).as("kafka image tag")
                .isEqualTo(AppInfoParser.getVersion());
        assertThat(compose.image(KAFKA_INIT)).as("kafka-init uses the broker's own tools").isEqualTo(image);
    }

    private boolean usesMongo(AppModule app) {
        return app.variablesRead().contains("THIDUA_MONGODB_URI");
    }

    private Path hostPath(String service, String containerPath) {
        for (var mount : compose.bindMounts(service).entrySet()) {
            String target = mount.getValue();
            if (containerPath.equals(target) || containerPath.startsWith(target + "/")) {
                return mount.getKey().resolve(containerPath.substring(target.length()).replaceFirst("^/", ""));
            }
        }
        throw new AssertionError(service + ": nothing mounted at " + containerPath);
    }

    private static String containerPort(String mapping) {
        return mapping.substring(mapping.lastIndexOf(':') + 1);
    }

    /** {@code PLAINTEXT://kafka:9092,HOST://localhost:9094} → {@code kafka:9092} for PLAINTEXT. */
    private static String advertised(String listeners, String name) {
        for (String listener : listeners.split(",")) {
            if (listener.startsWith(name + "://")) {
                return listener.substring(name.length() + 3);
            }
        }
        throw new AssertionError("no " + name + " listener in " + listeners);
    }

    static JsonNode realm() {
        return JsonMapper.builder().build().readTree(Repository.file(KeycloakRealmTest.REALM_FILE).toFile());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> provisionerSettings() throws ReflectiveOperationException {
        Field field = Class.forName("vn.thidua.support.messaging.TopicProvisioner").getDeclaredField("KEEP_FOREVER");
        field.setAccessible(true);
        return new TreeMap<>((Map<String, String>) field.get(null));
    }

    private static String serviceDefault(String key) throws ReflectiveOperationException {
        Method defaults = Class.forName("vn.thidua.support.config.ServiceDefaults").getDeclaredMethod("defaults");
        defaults.setAccessible(true);
        return String.valueOf(((Map<?, ?>) defaults.invoke(null)).get(key));
    }
}
