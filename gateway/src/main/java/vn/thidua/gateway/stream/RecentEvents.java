package vn.thidua.gateway.stream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The last public events, for clients that reconnect, and the fan-out to connected clients. Each client has a
 * bounded queue; a client that cannot keep up fills it and its stream is ended at once (its browser reconnects
 * with {@code Last-Event-ID} and catches up from the buffer), so memory never grows with a slow reader. Replay and
 * live delivery are handed over under one lock: nothing is lost or sent twice in between.
 */
public final class RecentEvents {

    private final int capacity;
    private final int clientQueue;
    private final ArrayDeque<PublicEvent> recent;
    private final List<Client> clients = new ArrayList<>();
    private long lastSequence;

    /**
     * @param capacity    how many recent events a reconnecting client can catch up on
     * @param clientQueue how many events may wait for one slow client before it is disconnected; at least
     *                    {@code capacity}, so that a full replay fits
     */
    public RecentEvents(int capacity, int clientQueue) {
        if (capacity < 1 || clientQueue < capacity) {
            throw new IllegalArgumentException("need capacity >= 1 and clientQueue >= capacity");
        }
        this.capacity = capacity;
        this.clientQueue = clientQueue;
        this.recent = new ArrayDeque<>(capacity);
    }

    /** Stamps the next sequence number, keeps the event and delivers it to every connected client. */
    public synchronized PublicEvent append(String id, String type, Instant time,
                                           Map<String, Object> data) {
        PublicEvent event = new PublicEvent(++lastSequence, id, type, time, data);
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(event);
        // A copy: delivering may end a subscription, which removes its client from the list meanwhile.
        for (Client client : List.copyOf(clients)) {
            if (client.events().tryEmitNext(event).isFailure()) {
                clients.remove(client);
                client.dropped().tryEmitValue(true);
            }
        }
        return event;
    }

    /**
     * The events after {@code lastEventId} if it is still in the buffer, then every new one; only new ones when
     * it is null or has left the buffer.
     */
    public Flux<PublicEvent> subscribe(String lastEventId) {
        return Flux.defer(() -> {
            Client client = new Client(
                    Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<PublicEvent>(clientQueue)),
                    Sinks.one());
            synchronized (this) {
                missedSince(lastEventId).forEach(client.events()::tryEmitNext);
                clients.add(client);
            }
            // Dropping ends the stream at once, even with events still queued for a client that is not reading.
            return client.events().asFlux()
                    .takeUntilOther(client.dropped().asMono())
                    .doFinally(signal -> remove(client));
        });
    }

    /** The ids in the replay buffer, oldest first. */
    public synchronized List<String> recentIds() {
        return recent.stream().map(PublicEvent::id).toList();
    }

    public synchronized int connectedClients() {
        return clients.size();
    }

    private List<PublicEvent> missedSince(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return List.of();
        }
        List<PublicEvent> missed = new ArrayList<>();
        boolean found = false;
        for (PublicEvent event : recent) {
            if (found) {
                missed.add(event);
            } else if (event.id().equals(lastEventId.strip())) {
                found = true;
            }
        }
        return missed;
    }

    private synchronized void remove(Client client) {
        clients.remove(client);
    }

    /** A connected client: its bounded queue, and the signal that ends its stream when that queue overflows. */
    private record Client(Sinks.Many<PublicEvent> events, Sinks.One<Boolean> dropped) {
    }
}
