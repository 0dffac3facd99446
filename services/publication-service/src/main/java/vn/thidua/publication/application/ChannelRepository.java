package vn.thidua.publication.application;

import vn.thidua.support.messaging.InboundEvent;
import vn.thidua.support.messaging.IdempotentUpdates;
import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Channel;

public interface ChannelRepository {

    Flux<Channel> findAll();

    Mono<Channel> findByCode(String code);

    /** The codes among {@code codes} that name no channel. */
    Flux<String> unknown(Collection<String> codes);

    /** Creates or renames a channel (a commune page follows its unit's name). */
    Mono<Channel> upsert(Channel channel);

    /**
     * Creates or renames a commune's page from a unit event, unless a newer event of that unit was applied already.
     */
    Mono<IdempotentUpdates.Outcome> upsertFrom(Channel channel, InboundEvent<?> event);

    /** Creates the channel unless one with its code exists; the existing one wins. */
    Mono<Void> ensure(Channel channel);
}
