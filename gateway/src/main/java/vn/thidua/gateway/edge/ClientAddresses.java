package vn.thidua.gateway.edge;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the connection comes
 * from a trusted proxy, and then only up to the first address that is not itself a trusted proxy: anything to the
 * left of it was written by the client and may be forged.
 */
public final class ClientAddresses {

    private final Pattern trustedProxies;

    /** @param trustedProxies a regular expression of proxy addresses, as Spring Cloud Gateway's own setting */
    public ClientAddresses(String trustedProxies) {
        this.trustedProxies = Pattern.compile(trustedProxies == null || trustedProxies.isBlank() ? "(?!)" : trustedProxies);
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getOrEmpty("X-Forwarded-For").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        String client = peer;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            client = forwarded.get(i);
            if (!trusted(client)) {
                break;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return trustedProxies.matcher(address).matches();
    }
}
