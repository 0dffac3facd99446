package vn.thidua.contracts.events;

/** CloudEvents {@code ce_source} of each publishing service: {@code /thidua/<service>}. */
public final class Sources {

    public static final String CAMPAIGN_SERVICE = "/thidua/campaign-service";
    public static final String NOMINATION_SERVICE = "/thidua/nomination-service";
    public static final String EXEMPLAR_SERVICE = "/thidua/exemplar-service";
    public static final String PUBLICATION_SERVICE = "/thidua/publication-service";

    private Sources() {
    }

    /** The service name in a source, e.g. {@code campaign-service}; schemas are filed under it. */
    public static String serviceOf(String source) {
        if (!source.startsWith("/thidua/") || source.length() == "/thidua/".length()) {
            throw new IllegalArgumentException("Not a thidua event source: " + source);
        }
        return source.substring("/thidua/".length());
    }
}
