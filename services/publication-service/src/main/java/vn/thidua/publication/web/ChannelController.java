package vn.thidua.publication.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.ChannelService;
import vn.thidua.publication.domain.Channel;

/** {@code /api/channels}: the portal, the commune pages and the conference material. */
@RestController
@RequestMapping("/api/channels")
class ChannelController {

    private final ChannelService channels;

    ChannelController(ChannelService channels) {
        this.channels = channels;
    }

    record ChannelView(String code, String name, Channel.ChannelKind kind, String kindLabel, String unitCode) {
        static ChannelView of(Channel c) {
            return new ChannelView(c.code(), c.name(), c.kind(), c.kind().label(), c.unitCode());
        }
    }

    @GetMapping
    Mono<List<ChannelView>> list() {
        return channels.list().map(ChannelView::of).collectList();
    }

    @GetMapping("/{code}")
    Mono<ChannelView> get(@PathVariable String code) {
        return channels.get(code).map(ChannelView::of);
    }
}
