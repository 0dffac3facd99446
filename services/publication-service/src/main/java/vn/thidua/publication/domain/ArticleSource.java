package vn.thidua.publication.domain;

/**
 * The event an automatically drafted article was written from, so that an editor can trace it and so that the
 * same event never drafts a second article.
 *
 * @param eventType   the CloudEvents type, e.g. {@code vn.thidua.campaign.CampaignLaunched.v1}
 * @param eventId     the CloudEvents id
 * @param aggregateId the source aggregate (the campaign, the decision…)
 */
public record ArticleSource(String eventType, String eventId, String aggregateId) {
}
