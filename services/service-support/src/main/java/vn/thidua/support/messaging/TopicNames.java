package vn.thidua.support.messaging;

/** One naming rule for dead-letter topics, used by the provisioner and by the binder's resolver alike. */
public final class TopicNames {

    private TopicNames() {
    }

    /** {@code campaign.events} consumed by {@code publication-service} → {@code campaign.events.publication-service.dlt}. */
    public static String deadLetter(String consumedTopic, String consumerGroup) {
        return consumedTopic + "." + consumerGroup + ".dlt";
    }
}
