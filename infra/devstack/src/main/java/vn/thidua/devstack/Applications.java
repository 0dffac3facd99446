package vn.thidua.devstack;

import java.util.List;

/**
 * The Spring Boot applications the stack runs. A new service is one line here; the gateway learns its URL. Public
 * because the deployment checks (infra/operations) hold docker-compose.yml and the scrape config to this same list.
 */
public final class Applications {

    public static final List<Application> ALL = List.of(
            //                   name                   module folder                   port variable              port
            Application.service("campaign-service",    "services/campaign-service",    "THIDUA_CAMPAIGN_PORT",    8081),
            Application.service("nomination-service",  "services/nomination-service",  "THIDUA_NOMINATION_PORT",  8082),
            Application.service("exemplar-service",    "services/exemplar-service",    "THIDUA_EXEMPLAR_PORT",    8083),
            Application.service("publication-service", "services/publication-service", "THIDUA_PUBLICATION_PORT", 8084),
            Application.gateway("gateway",             "gateway",                      "THIDUA_GATEWAY_PORT",     8080,
                    "THIDUA_GATEWAY_MANAGEMENT_PORT", 8090));

    private Applications() {
    }
}
