package vn.thidua.publication.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import vn.thidua.support.testing.MongoFixture;

/** The counting rules at their boundaries, on the Mongo-wire server with explicit instants. */
class MongoVisitRepositoryTest {

    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Instant T0 = Instant.parse("2026-06-11T01:00:00Z");

    private final MongoFixture mongo = new MongoFixture();
    private final MongoVisitRepository visits = new MongoVisitRepository(mongo.template());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aRepeatedViewWithinThirtyMinutesCountsOnceAndAtThirtyMinutesAgain() {
        assertThat(counted("v/a", T0)).isTrue();
        assertThat(counted("v/a", T0.plusSeconds(1))).isFalse();
        assertThat(counted("v/a", T0.plus(WINDOW).minusMillis(1))).isFalse();
        assertThat(counted("v/a", T0.plus(WINDOW))).isTrue();
        // Another article, or another visitor, is another count.
        assertThat(counted("v/b", T0.plusSeconds(1))).isTrue();
        assertThat(counted("w/a", T0.plusSeconds(1))).isTrue();
    }

    @Test
    void simultaneousViewsOfOneVisitorCountOnce() {
        List<Boolean> results = Flux.range(0, 8)
                .flatMap(i -> visits.markCounted("v/same", T0, T0.minus(WINDOW)))
                .collectList().block();
        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void onlineNowCountsDistinctVisitorsOfTheLastMinutes() {
        visits.seen("v1", T0).block();
        visits.seen("v1", T0.plusSeconds(30)).block();
        visits.seen("v2", T0.minus(Duration.ofMinutes(6))).block();
        visits.seen("v3", T0.minus(Duration.ofMinutes(5))).block();
        assertThat(visits.seenSince(T0.minus(Duration.ofMinutes(5))).block()).isEqualTo(2);
    }

    @Test
    void oneSaltPerDayUntilItIsForgotten() {
        LocalDate day = LocalDate.of(2026, 6, 11);
        String salt = visits.dailySalt(day).block();
        assertThat(salt).hasSize(64).isEqualTo(visits.dailySalt(day).block());
        assertThat(visits.dailySalt(day.plusDays(1)).block()).isNotEqualTo(salt);
        visits.forget(T0, T0, day.plusDays(1)).block();
        assertThat(visits.dailySalt(day).block()).isNotEqualTo(salt);
    }

    private boolean counted(String key, Instant at) {
        return Boolean.TRUE.equals(visits.markCounted(key, at, at.minus(WINDOW)).block());
    }
}
