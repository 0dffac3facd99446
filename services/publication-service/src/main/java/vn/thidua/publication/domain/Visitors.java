package vn.thidua.publication.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How a visitor is recognised without keeping who they are: a hash of the day's secret salt, the address and the
 * browser's user agent. The salt is random, kept only for its day and then deleted, so yesterday's hashes can no
 * longer be tied to an address by anyone, including us; no address is ever stored.
 */
public final class Visitors {

    /** Crawlers, link previews, monitoring and command-line clients announce themselves; none of them is a reader. */
    private static final Pattern BOT = Pattern.compile(
            "bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|phantomjs|lighthouse"
                    + "|pingdom|uptime|monitor|curl/|wget/|python-requests|python-urllib|httpclient|okhttp|java/"
                    + "|go-http-client|java-http-client|libwww|scrapy|node-fetch|axios/",
            Pattern.CASE_INSENSITIVE);

    private Visitors() {
    }

    /** An obvious bot: no user agent at all, or one that says it is a program. */
    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
    }

    public static String key(String dailySalt, String address, String userAgent) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(dailySalt.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
