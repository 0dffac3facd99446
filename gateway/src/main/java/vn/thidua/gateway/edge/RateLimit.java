package vn.thidua.gateway.edge;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many requests a key may make per period, e.g. {@code 20/1m}: a bucket of that many tokens, refilled evenly
 * over the period, so a burst up to the capacity is allowed and then one request per period/capacity.
 */
public record RateLimit(int capacity, Duration period) {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*(s|m|h)\\s*");

    public RateLimit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive capacity and period");
        }
    }

    /** Spring Boot binds {@code "20/1m"} through this factory; units s, m and h. */
    public static RateLimit valueOf(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Expected <requests>/<n><s|m|h>, e.g. 20/1m, got \"" + text + "\"");
        }
        long amount = Long.parseLong(matcher.group(2));
        Duration period = switch (matcher.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return new RateLimit(Integer.parseInt(matcher.group(1)), period);
    }

    @Override
    public String toString() {
        return capacity + "/" + period.toSeconds() + "s";
    }
}
