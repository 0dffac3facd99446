package vn.thidua.gateway.views;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;

/**
 * Where each service is, read from the gateway's own routes (route id = service name), so that a view calls the
 * same address the routes forward to and no second setting can disagree with them.
 */
public final class ServiceDirectory {

    private final Map<String, URI> services;

    public ServiceDirectory(GatewayProperties routes) {
        this.services = routes.getRoutes().stream()
                .filter(route -> !route.getId().endsWith("-docs"))
                .collect(Collectors.toMap(RouteDefinition::getId, RouteDefinition::getUri, (a, b) -> a));
    }

    /** The service's address; empty when no route is named so (a deployment without that service). */
    public Optional<URI> uri(String service) {
        return Optional.ofNullable(services.get(service));
    }
}
