package vn.thidua.publication.application;

import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Channel;
import vn.thidua.publication.domain.Channels;

/** The channels: the portal and the conference material exist from the start, commune pages come with units. */
@Service
public class ChannelService implements ApplicationRunner {

    private final ChannelRepository channels;
    private final PublicationProperties properties;

    public ChannelService(ChannelRepository channels, PublicationProperties properties) {
        this.channels = channels;
        this.properties = properties;
    }

    /** Before the service reports ready, so that the first article can already name the portal. */
    @Override
    public void run(ApplicationArguments args) {
        channels.upsert(Channel.portal(properties.portalName()))
                .then(channels.ensure(Channel.conference()))
                .block(Duration.ofSeconds(30));
    }

    public Flux<Channel> list() {
        return channels.findAll();
    }

    public Mono<Channel> get(String code) {
        return channels.findByCode(code).switchIfEmpty(Mono.error(() ->
                new vn.thidua.support.problem.NotFoundException("Không có kênh đăng \"" + code + "\".")));
    }

    /** A commune's page, named after the commune as campaign-service knows it. */
    public Mono<Channel> communeUpserted(String unitCode, String unitName) {
        return channels.upsert(Channel.communePage(unitCode, unitName));
    }

    public static boolean isConference(String code) {
        return Channels.CONFERENCE.equals(code);
    }
}
