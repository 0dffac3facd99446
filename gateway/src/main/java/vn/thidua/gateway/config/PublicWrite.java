package vn.thidua.gateway.config;

import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * A write the edge lets through without a token, written in configuration as {@code "POST /api/visits"}. Only
 * write methods are accepted, under {@code /api/}, so that a typo cannot open a whole service.
 *
 * @param method      the write method
 * @param pathPattern a Spring path pattern such as {@code /api/public-notices/{id}/objections}
 */
public record PublicWrite(HttpMethod method, String pathPattern) {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    public PublicWrite {
        if (!WRITES.contains(method)) {
            throw new IllegalArgumentException("A public write must be POST, PUT, PATCH or DELETE, not " + method);
        }
        if (!pathPattern.startsWith("/api/") || pathPattern.contains("**")) {
            throw new IllegalArgumentException("A public write names one kind of resource under /api/ without **: "
                    + pathPattern);
        }
    }

    /** Spring Boot binds {@code thidua.gateway.public-writes[n]} through this factory method. */
    public static PublicWrite valueOf(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected \"METHOD /path\", got \"" + text + "\"");
        }
        return new PublicWrite(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
    }

    @Override
    public String toString() {
        return method + " " + pathPattern;
    }
}
