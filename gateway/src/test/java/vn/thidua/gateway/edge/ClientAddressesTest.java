package vn.thidua.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses("10[.]0[.]0[.]1|10[.]0[.]0[.]2");

    @Test
    void a_direct_client_is_its_connection_whatever_it_writes() {
        assertThat(addresses.of(from("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_that_proxy_appended() {
        assertThat(addresses.of(from("10.0.0.1", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void addresses_the_client_wrote_before_the_proxies_are_ignored() {
        assertThat(addresses.of(from("10.0.0.1", "1.2.3.4, 203.0.113.1, 10.0.0.2"))).isEqualTo("203.0.113.1");
        assertThat(addresses.of(from("10.0.0.1", "1.2.3.4", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void a_trusted_proxy_without_the_header_is_the_client() {
        assertThat(addresses.of(from("10.0.0.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void no_trusted_proxies_configured_believes_no_header() {
        assertThat(new ClientAddresses("").of(from("10.0.0.1", "203.0.113.1"))).isEqualTo("10.0.0.1");
    }

    private static MockServerHttpRequest from(String peer, String... forwardedFor) {
        var request = MockServerHttpRequest.post("/api/visits").remoteAddress(new InetSocketAddress(peer, 40000));
        for (String header : forwardedFor) {
            request.header("X-Forwarded-For", header);
        }
        return request.build();
    }
}
