package vn.thidua.contracts.events;

import java.util.List;

/** One domain topic per service; each keeps its events forever so that analytics can replay from the start. */
public final class Topics {

    public static final String CAMPAIGN = "campaign.events";
    public static final String NOMINATION = "nomination.events";
    public static final String EXEMPLAR = "exemplar.events";
    public static final String PUBLICATION = "publication.events";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(CAMPAIGN, NOMINATION, EXEMPLAR, PUBLICATION);
    }
}
