package vn.thidua.gateway.views;

import tools.jackson.databind.JsonNode;

/** What one downstream call of a view gave. */
public sealed interface Part {

    /** A 2xx answer with its JSON body. */
    record Found(JsonNode body) implements Part {
    }

    /** A 4xx: the service says there is no such thing (404), hides it from this user (401, 403) or refuses it. */
    record Absent(int status) implements Part {
    }

    /** The service did not answer usefully in time (down, slow, breaker open, 5xx): the view is degraded. */
    record Missing(String service, String reason) implements Part {
    }
}
