package vn.thidua.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.support.web.InvalidInputException;

/** Every workflow step from every status: allowed exactly where the table says, refused everywhere else. */
class ArticleWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-06-11T01:00:00Z");
    private static final Map<EditorialAction, Set<ArticleStatus>> ALLOWED = Map.of(
            EditorialAction.EDIT, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED),
            EditorialAction.SUBMIT, EnumSet.of(ArticleStatus.DRAFT),
            EditorialAction.APPROVE, EnumSet.of(ArticleStatus.IN_REVIEW),
            EditorialAction.REJECT, EnumSet.of(ArticleStatus.IN_REVIEW),
            EditorialAction.SCHEDULE, EnumSet.of(ArticleStatus.APPROVED, ArticleStatus.SCHEDULED),
            EditorialAction.PUBLISH, EnumSet.of(ArticleStatus.APPROVED, ArticleStatus.SCHEDULED),
            EditorialAction.WITHDRAW, EnumSet.of(ArticleStatus.PUBLISHED),
            EditorialAction.ARCHIVE, EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN));

    @ParameterizedTest
    @EnumSource(EditorialAction.class)
    void eachStepRunsFromItsStatusesOnly(EditorialAction action) {
        for (ArticleStatus status : ArticleStatus.values()) {
            Article article = in(status);
            if (ALLOWED.get(action).contains(status)) {
                assertThat(apply(action, article).steps()).last().extracting(WorkflowStep::action).isEqualTo(action);
            } else {
                assertThatThrownBy(() -> apply(action, article)).as(action + " from " + status)
                        .isInstanceOf(IllegalStepException.class);
            }
        }
    }

    @Test
    void aRejectionGoesBackToDraftWithItsReasonAndAPublicationKeepsTheFirstDate() {
        Article rejected = in(ArticleStatus.IN_REVIEW).reject("Thiếu nguồn", NOW, "editor");
        assertThat(rejected.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(rejected.rejectionReason()).isEqualTo("Thiếu nguồn");
        Article published = in(ArticleStatus.APPROVED).publish("slug", NOW, "editor");
        assertThat(published.publishedAt()).isEqualTo(NOW);
        Article corrected = published.edit(content("Tiêu đề mới"), NOW.plusSeconds(60), "editor");
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.slug()).isEqualTo("slug");
        assertThat(corrected.publishedAt()).isEqualTo(NOW);
        assertThat(corrected.lastPublishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(corrected.revisions()).singleElement().satisfies(r -> assertThat(r.revision()).isEqualTo(1));
        assertThat(corrected.publishedEvent(9).revision()).isEqualTo(2);
        assertThat(published.publishedEvent(9).revision()).isNull();
    }

    @Test
    void schedulingNeedsAFutureTime() {
        assertThatThrownBy(() -> in(ArticleStatus.APPROVED).schedule(NOW, NOW, "editor"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(in(ArticleStatus.APPROVED).schedule(NOW.plusSeconds(1), NOW, "editor").scheduledAt())
                .isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void contentIsNormalisedAndSanitised() {
        var raw = new ArticleContent("  \u0110i\u0323nh Ho\u0301a  ", "", "<p>Xin chào<script>x()</script></p>",
                ArticleCategory.NEWS, List.of("portal", "portal"), null, List.of());
        var clean = raw.normalised();
        assertThat(clean.title()).isEqualTo("Định Hóa");
        assertThat(clean.summary()).isNull();
        assertThat(clean.body()).isEqualTo("<p>Xin chào</p>");
        assertThat(clean.channels()).containsExactly("portal");
        assertThat(Article.draft("id", "19", clean, "UBND-TN", null, NOW, "u").slug()).isEqualTo("dinh-hoa");
        assertThatThrownBy(() -> new ArticleContent("!!!", null, "<script>only()</script>", null, List.of(), null,
                List.of()).normalised())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("title", "body", "category", "channels"));
    }

    private static Article apply(EditorialAction action, Article a) {
        return switch (action) {
            case EDIT -> a.edit(content("Bài mới"), NOW, "u");
            case SUBMIT -> a.submit(NOW, "u");
            case APPROVE -> a.approve(NOW, "u");
            case REJECT -> a.reject("Lý do", NOW, "u");
            case SCHEDULE -> a.schedule(NOW.plusSeconds(60), NOW, "u");
            case PUBLISH -> a.publish(a.slug(), NOW, "u");
            case WITHDRAW -> a.withdraw("Lý do", NOW, "u");
            case ARCHIVE -> a.archive(NOW, "u");
        };
    }

    private static ArticleContent content(String title) {
        return new ArticleContent(title, null, "<p>x</p>", ArticleCategory.NEWS, List.of("portal"), null, List.of())
                .normalised();
    }

    private static Article in(ArticleStatus status) {
        Article a = Article.draft("id", "19", content("Bài viết"), "UBND-TN", null, NOW, "u");
        return new Article(a.id(), a.provinceCode(), a.title(), a.slug(), a.summary(), a.body(), a.category(), status,
                a.authorUnitCode(), a.channels(), a.links(), a.photos(), a.source(), a.searchKey(), 1, null, null,
                null, null, null, null, List.of(), List.of(), NOW, "u", NOW, 1);
    }
}
