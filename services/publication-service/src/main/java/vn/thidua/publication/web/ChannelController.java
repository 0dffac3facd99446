package vn.thidua.publication.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.ChannelService;
import vn.thidua.publication.domain.Channel;
import vn.thidua.support.security.CurrentUser;

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

    record CommunePageInput(String unitCode, String unitName) {
    }

    /** The board opens (or renames) a commune's page: {@code {"unitCode": "XA-PHU-TIEN", "unitName": "UBND xã Phú Tiến"}}. */
    @PostMapping
    Mono<ResponseEntity<ChannelView>> open(@RequestBody CommunePageInput input) {
        return CurrentUser.current().flatMap(user -> channels.openCommunePage(input.unitCode(), input.unitName(), user))
                .map(channel -> ResponseEntity.created(URI.create("/api/channels/" + channel.code()))
                        .body(ChannelView.of(channel)));
    }

    @GetMapping("/{code}")
    Mono<ChannelView> get(@PathVariable String code) {
        return channels.get(code).map(ChannelView::of);
    }
}
