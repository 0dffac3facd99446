package vn.thidua.support.metrics;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How often the metrics that are computed rather than counted are refreshed. Defaults come from
 * {@code ServiceDefaults}.
 *
 * @param refreshInterval     business gauges counted in MongoDB ({@link RefreshedGauges})
 * @param consumerLagInterval the consumer lag read from Kafka ({@link ConsumerLagMonitor})
 */
@Validated
@ConfigurationProperties("thidua.metrics")
public record MetricsProperties(@NotNull Duration refreshInterval, @NotNull Duration consumerLagInterval) {

    public MetricsProperties {
        // A context started without ServiceDefaults (a narrow test) still gets the documented periods.
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
        consumerLagInterval = consumerLagInterval == null ? Duration.ofSeconds(15) : consumerLagInterval;
    }
}
