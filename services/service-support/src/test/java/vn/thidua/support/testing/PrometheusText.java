package vn.thidua.support.testing;

import java.util.Map;
import java.util.Optional;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads series out of a scraped {@code /actuator/prometheus} page, as Prometheus would see them. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The whole page: with latency histograms it outgrows the client's default 256 KB buffer, so the buffer is
     * raised for this one call.
     */
    public static String scrape(WebTestClient web) {
        return web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /**
     * The value of the first series called {@code name} that carries every one of {@code tags} (other labels,
     * such as {@code application}, may be there too); empty if there is none.
     */
    public static Optional<Double> value(String page, String name, Map<String, String> tags) {
        return page.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> tags.entrySet().stream()
                        .allMatch(tag -> line.contains(tag.getKey() + "=\"" + tag.getValue() + "\"")))
                .findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }

    public static boolean has(String page, String name, Map<String, String> tags) {
        return value(page, name, tags).isPresent();
    }
}
