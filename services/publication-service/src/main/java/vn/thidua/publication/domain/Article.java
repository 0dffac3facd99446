package vn.thidua.publication.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.support.text.VietnameseText;

/**
 * An article of the portal or a commune page, with where it is in the editorial workflow. Every step returns the
 * next state and leaves this one untouched; the persistence layer writes it with the version check.
 *
 * @param slug          provisional until the first publication claims it for good (collisions get a suffix)
 * @param body          sanitised HTML
 * @param searchKey     folded title and summary, for diacritic-insensitive search
 * @param source        the event it was drafted from; null for an article someone wrote
 * @param revision      editorial revision of the content, 1 until a published article is corrected
 * @param publishedAt   first publication; the sort key of public lists and feeds
 * @param notice        set when the article is the portal posting of a public notice
 * @param revisions     earlier contents, oldest first
 * @param steps         the workflow history, oldest first
 * @param version       the aggregate version
 */
public record Article(
        String id,
        String provinceCode,
        String title,
        String slug,
        String summary,
        String body,
        ArticleCategory category,
        ArticleStatus status,
        String authorUnitCode,
        List<String> channels,
        ArticleLinks links,
        List<Photo> photos,
        ArticleSource source,
        String searchKey,
        int revision,
        Instant scheduledAt,
        Instant publishedAt,
        Instant lastPublishedAt,
        String rejectionReason,
        String withdrawalReason,
        PublicNotice notice,
        List<ArticleRevision> revisions,
        List<WorkflowStep> steps,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        long version) {

    /** The portal of the province. */
    public static final String PORTAL = Channels.PORTAL;

    public Article {
        channels = channels == null ? List.of() : List.copyOf(channels);
        photos = photos == null ? List.of() : List.copyOf(photos);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        steps = steps == null ? List.of() : List.copyOf(steps);
        revision = Math.max(1, revision);
    }

    /** A new article in DRAFT at version 1. */
    public static Article draft(String id, String provinceCode, ArticleContent content, String authorUnitCode,
                                ArticleSource source, Instant now, String by) {
        return new Article(id, provinceCode, content.title(), VietnameseText.slug(content.title()), content.summary(),
                content.body(), content.category(), ArticleStatus.DRAFT, authorUnitCode, content.channels(),
                content.links(), content.photos(), source, searchKey(content.title(), content.summary()), 1, null,
                null, null, null, null, null, List.of(), List.of(), now, by, now, 1);
    }

    public static String searchKey(String title, String summary) {
        return VietnameseText.fold(title + " " + (summary == null ? "" : summary));
    }

    public ArticleContent content() {
        return new ArticleContent(title, summary, body, category, channels, links, photos);
    }

    /**
     * New content. A draft is simply rewritten; a published article keeps what readers saw as an earlier revision
     * and goes live again at once as the next revision (the editorial board corrects what it has published).
     */
    public Article edit(ArticleContent content, Instant now, String by) {
        require(EditorialAction.EDIT);
        List<ArticleRevision> history = new ArrayList<>(revisions);
        history.add(new ArticleRevision(revision, title, summary, body, now, by));
        boolean live = status == ArticleStatus.PUBLISHED;
        String nextSlug = live ? slug : VietnameseText.slug(content.title());
        return new Article(id, provinceCode, content.title(), nextSlug, content.summary(), content.body(),
                content.category(), status, authorUnitCode, content.channels(), content.links(), content.photos(),
                source, searchKey(content.title(), content.summary()), live ? revision + 1 : revision, scheduledAt,
                publishedAt, live ? now : lastPublishedAt, rejectionReason, withdrawalReason, notice,
                history, withStep(EditorialAction.EDIT, status, now, by, null), createdAt, createdBy, now, version);
    }

    public Article submit(Instant now, String by) {
        return step(EditorialAction.SUBMIT, ArticleStatus.IN_REVIEW, now, by, null, null, scheduledAt);
    }

    public Article approve(Instant now, String by) {
        return step(EditorialAction.APPROVE, ArticleStatus.APPROVED, now, by, null, null, null);
    }

    /** Back to draft; the reason is what the author must fix, so it is required. */
    public Article reject(String reason, Instant now, String by) {
        return step(EditorialAction.REJECT, ArticleStatus.DRAFT, now, by, reason, null, null);
    }

    /** To be published by the poller at {@code at}, which must lie in the future. */
    public Article schedule(Instant at, Instant now, String by) {
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("scheduledAt must be in the future");
        }
        return step(EditorialAction.SCHEDULE, ArticleStatus.SCHEDULED, now, by, null, null, at);
    }

    /**
     * Public from now on, under {@code claimedSlug} (the slug the registry granted, possibly with a suffix).
     * {@code publishedAt} keeps the first publication so that a withdrawn and re-approved article does not jump
     * to the top of the lists; here only approved or scheduled articles are published, so it is set once.
     */
    public Article publish(String claimedSlug, Instant now, String by) {
        require(EditorialAction.PUBLISH);
        return published(claimedSlug, now, by, null);
    }

    /**
     * A public notice's posting goes straight from its draft to the portal: the law requires the list to be public
     * and the comment window to start, so there is no editorial review to wait for.
     */
    public Article postNotice(String claimedSlug, Instant now) {
        if (notice == null || status != ArticleStatus.DRAFT) {
            throw new IllegalStepException(status, EditorialAction.PUBLISH);
        }
        return published(claimedSlug, now, EventStories.SYSTEM, "Công khai theo quy định, không qua duyệt.");
    }

    private Article published(String claimedSlug, Instant now, String by, String reason) {
        return new Article(id, provinceCode, title, claimedSlug, summary, body, category, ArticleStatus.PUBLISHED,
                authorUnitCode, channels, links, photos, source, searchKey, revision, null,
                publishedAt == null ? now : publishedAt, now, rejectionReason, withdrawalReason, notice, revisions,
                withStep(EditorialAction.PUBLISH, status, now, by, reason), createdAt, createdBy, now, version);
    }

    public Article withdraw(String reason, Instant now, String by) {
        return step(EditorialAction.WITHDRAW, ArticleStatus.WITHDRAWN, now, by, null, reason, null);
    }

    public Article archive(Instant now, String by) {
        return step(EditorialAction.ARCHIVE, ArticleStatus.ARCHIVED, now, by, null, withdrawalReason, null);
    }

    /** The portal posting of a public notice, published at once. */
    public Article asPublicNotice(PublicNotice publicNotice) {
        return new Article(id, provinceCode, title, slug, summary, body, category, status, authorUnitCode, channels,
                links, photos, source, searchKey, revision, scheduledAt, publishedAt, lastPublishedAt,
                rejectionReason, withdrawalReason, publicNotice, revisions, steps, createdAt, createdBy, updatedAt,
                version);
    }

    /** Path of the article on the public portal, by section: what {@link ArticlePublished#url()} carries. */
    public String url() {
        return "/" + Sections.of(category) + "/" + slug;
    }

    /** The event that tells everyone this article is public in this revision, at {@code nextVersion}. */
    public ArticlePublished publishedEvent(long nextVersion) {
        return new ArticlePublished(id, nextVersion, provinceCode, slug, title, summary, category, channels,
                authorUnitCode, links, notice == null ? null : notice.noticeId(), url(), lastPublishedAt,
                revision > 1 ? revision : null);
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    private Article step(EditorialAction action, ArticleStatus to, Instant now, String by, String rejection,
                         String withdrawal, Instant scheduled) {
        require(action);
        String reason = rejection != null ? rejection : withdrawal;
        return new Article(id, provinceCode, title, slug, summary, body, category, to, authorUnitCode, channels,
                links, photos, source, searchKey, revision, scheduled, publishedAt, lastPublishedAt,
                rejection != null ? rejection : (to == ArticleStatus.DRAFT ? rejectionReason : null),
                withdrawal, notice, revisions, withStep(action, status, now, by, reason), createdAt, createdBy, now,
                version);
    }

    private List<WorkflowStep> withStep(EditorialAction action, ArticleStatus from, Instant now, String by,
                                        String reason) {
        List<WorkflowStep> next = new ArrayList<>(steps);
        ArticleStatus to = switch (action) {
            case EDIT -> from;
            case SUBMIT -> ArticleStatus.IN_REVIEW;
            case APPROVE -> ArticleStatus.APPROVED;
            case REJECT -> ArticleStatus.DRAFT;
            case SCHEDULE -> ArticleStatus.SCHEDULED;
            case PUBLISH -> ArticleStatus.PUBLISHED;
            case WITHDRAW -> ArticleStatus.WITHDRAWN;
            case ARCHIVE -> ArticleStatus.ARCHIVED;
        };
        next.add(new WorkflowStep(action, from, to, now, by, reason));
        return next;
    }

    private void require(EditorialAction action) {
        if (!action.allowedFrom(status)) {
            throw new IllegalStepException(status, action);
        }
    }
}
