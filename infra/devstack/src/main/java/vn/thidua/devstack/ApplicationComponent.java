package vn.thidua.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Spring Boot application, a black box started from its executable jar and configured by environment. */
final class ApplicationComponent extends Component {

    static final List<String> JVM = List.of("-Xmx256m", "-Xss512k");

    private final Application application;

    ApplicationComponent(Application application) {
        this.application = application;
    }

    @Override
    String name() {
        return application.name();
    }

    @Override
    int stage() {
        return application.stage();
    }

    @Override
    List<PortSpec> ports() {
        var ports = new ArrayList<PortSpec>();
        ports.add(application.port());
        application.managementPort().ifPresent(ports::add);
        return ports;
    }

    @Override
    String address(StackContext context) {
        String url = context.url(application.port().name());
        return application.managementPort()
                .map(management -> url + ", quản trị " + context.url(management.name()))
                .orElse(url);
    }

    Path jar(StackContext context) {
        return context.repoRoot().resolve(application.moduleDir()).resolve(context.targetDir())
                .resolve(application.jarName());
    }

    @Override
    void checkInstalled(StackContext context) {
        requireFile(jar(context), "ứng dụng " + name());
    }

    @Override
    ProcessBuilder command(StackContext context) {
        var builder = new ProcessBuilder(java(context, JVM, List.of("-jar", jar(context).toString()), List.of()))
                .directory(context.dataDir().toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(context.port(application.port().name())));
        env.put("THIDUA_KAFKA_BOOTSTRAP", context.kafkaBootstrap());
        env.put("THIDUA_MONGODB_URI", context.mongoUri());
        env.put("THIDUA_ISSUER_URI", context.issuerUrl());
        application.managementPort().ifPresent(management ->
                env.put(management.variable(), String.valueOf(context.port(management.name()))));
        if (application.routesServices()) {
            for (Application service : Applications.ALL) {
                if (!service.routesServices()) {
                    env.put(service.urlVariable(), context.url(service.port().name()));
                }
            }
        }
        return builder;
    }

    @Override
    Probes.Check readiness(StackContext context) {
        return Probes.http200(context.url(application.actuatorPort().name()) + "/actuator/health/readiness");
    }

    @Override
    Duration pollInterval() {
        return Duration.ofMillis(500);
    }
}
