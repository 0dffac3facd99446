package vn.thidua.gateway.stream;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/stream/public}: Server-Sent Events of public events as they happen, for the portal's live
 * ticker. A browser's {@code EventSource} reconnects by itself with {@code Last-Event-ID}; within the buffer it
 * receives what it missed. A comment every 15 s keeps proxies from closing an idle connection.
 */
@RestController
public class LiveStreamController {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration RECONNECT = Duration.ofSeconds(3);

    private final RecentEvents events;

    public LiveStreamController(RecentEvents events) {
        this.events = events;
    }

    @GetMapping(path = "/api/stream/public", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<Object>> publicEvents(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Flux<ServerSentEvent<Object>> stream = events.subscribe(lastEventId)
                .map(event -> ServerSentEvent.<Object>builder(event.data())
                        .id(event.id())
                        .event(event.type())
                        .build());
        Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.<Object>builder().comment("còn kết nối").build());
        // Sent at once, so that the client sees the stream open before the first event, and told how soon to
        // reconnect after a drop.
        ServerSentEvent<Object> opened = ServerSentEvent.<Object>builder().comment("đã kết nối")
                .retry(RECONNECT).build();
        return Flux.concat(Flux.just(opened), Flux.merge(stream, heartbeat));
    }
}
