package vn.thidua.gateway.views;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param budget          the longest a view may take: it answers by then with whatever parts arrived
 * @param failureRate     percentage of failed calls (in the last {@code window}) that opens a service's breaker
 * @param window          how many recent calls to a service the breaker looks at
 * @param openFor         how long an open breaker answers "missing" at once before trying the service again
 */
@ConfigurationProperties("thidua.gateway.views")
public record ViewProperties(Duration budget, float failureRate, int window, Duration openFor) {

    public ViewProperties {
        budget = budget == null ? Duration.ofSeconds(2) : budget;
        failureRate = failureRate <= 0 ? 50 : failureRate;
        window = window <= 0 ? 10 : window;
        openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
        if (budget.toMillis() < 200) {
            throw new IllegalArgumentException("thidua.gateway.views.budget must be at least 200 ms");
        }
    }

    /** Each call gets the budget less a margin for assembling and writing the answer. */
    public Duration callTimeout() {
        return budget.minus(budget.dividedBy(10)).minusMillis(50);
    }
}
