package vn.thidua.devstack;

import java.util.Optional;

/**
 * A Spring Boot application of the stack, seen from outside: where its jar is built, which port it serves, whether
 * it has a management port of its own.
 *
 * @param stage applications of a lower stage are ready before a higher stage starts (services, then gateway)
 * @param routesServices true for the gateway, which receives {@code THIDUA_<SERVICE>_URL} of every service
 */
public record Application(String name, String moduleDir, PortSpec port, Optional<PortSpec> managementPort, int stage,
                          boolean routesServices) {

    static final int SERVICE_STAGE = 1;
    static final int GATEWAY_STAGE = 2;

    static Application service(String name, String moduleDir, String portVariable, int defaultPort) {
        return new Application(name, moduleDir, new PortSpec(name, portVariable, defaultPort), Optional.empty(),
                SERVICE_STAGE, false);
    }

    static Application gateway(String name, String moduleDir, String portVariable, int defaultPort,
                               String managementVariable, int defaultManagementPort) {
        return new Application(name, moduleDir, new PortSpec(name, portVariable, defaultPort),
                Optional.of(new PortSpec(name + "-management", managementVariable, defaultManagementPort)),
                GATEWAY_STAGE, true);
    }

    /** Where its actuator (probes, Prometheus metrics) answers: the management port if it has one. */
    public PortSpec actuatorPort() {
        return managementPort.orElse(port);
    }

    /** The artifact is named after its module folder, as every module's pom sets its finalName. */
    String jarName() {
        return moduleDir.substring(moduleDir.lastIndexOf('/') + 1) + ".jar";
    }

    /** {@code campaign-service} → {@code THIDUA_CAMPAIGN_SERVICE_URL}, the variable the gateway routes by. */
    String urlVariable() {
        return "THIDUA_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
    }
}
