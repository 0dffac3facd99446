package vn.thidua.support.outbox;

import reactor.core.publisher.Mono;

/** Sends one outbox entry to the broker; the Mono completes only once the broker has acknowledged it. */
@FunctionalInterface
public interface EventPublisher {

    Mono<Void> publish(OutboxEntry entry);
}
