package vn.thidua.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import vn.thidua.support.security.TestTokenIssuer;

/**
 * The real gateway on random ports, whatever stands behind it (a subclass says what). The client waits 15 s: the
 * slow-service cases take the gateway's response timeout, beyond WebTestClient's default 5 s on a loaded machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"THIDUA_GATEWAY_MANAGEMENT_PORT=0", "thidua.gateway.stream.enabled=false"})
@AutoConfigureWebTestClient(timeout = "15s")
abstract class GatewayTestBase {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    /** The same client, on the management port. */
    WebTestClient management() {
        // Boot points the client at the server port with a UriBuilderFactory, which a base URL would not override.
        return client.mutate().uriBuilderFactory(new DefaultUriBuilderFactory("http://localhost:" + managementPort))
                .build();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
