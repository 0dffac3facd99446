package vn.thidua.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class RecentEventsTest {

    private final RecentEvents events = new RecentEvents(3, 4);

    @Test
    void keeps_only_the_last_events_for_replay() {
        for (int i = 1; i <= 5; i++) {
            append("e" + i);
        }

        assertThat(events.recentIds()).containsExactly("e3", "e4", "e5");
    }

    @Test
    void replays_what_came_after_the_last_event_id_then_goes_live() {
        append("e1");
        append("e2");
        append("e3");

        StepVerifier.create(events.subscribe("e1").map(PublicEvent::id))
                .expectNext("e2", "e3")
                .then(() -> append("e4"))
                .expectNext("e4")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
        assertThat(events.connectedClients()).isZero();
    }

    @Test
    void an_id_no_longer_in_the_buffer_or_none_starts_live() {
        append("e1");
        append("e2");
        append("e3");
        append("e4");

        StepVerifier.create(events.subscribe("e1").map(PublicEvent::id))
                .then(() -> append("e5"))
                .expectNext("e5")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(events.subscribe(null).map(PublicEvent::id))
                .then(() -> append("e6"))
                .expectNext("e6")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void a_client_that_does_not_read_has_its_stream_ended_once_its_queue_is_full_and_the_others_go_on() {
        List<String> fast = new CopyOnWriteArrayList<>();
        var reading = events.subscribe(null).map(PublicEvent::id).subscribe(fast::add);

        StepVerifier.create(events.subscribe(null), 0)
                .expectSubscription()
                .then(() -> {
                    for (int i = 1; i <= 5; i++) {
                        append("e" + i);
                    }
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        assertThat(fast).containsExactly("e1", "e2", "e3", "e4", "e5");
        assertThat(events.connectedClients()).isEqualTo(1);
        reading.dispose();
        assertThat(events.connectedClients()).isZero();
    }

    private void append(String id) {
        events.append(id, "ArticlePublished", Instant.now(), Map.of("title", "Tin " + id));
    }
}
