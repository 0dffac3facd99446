package vn.thidua.publication.application;

import vn.thidua.support.problem.NotFoundException;
import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Channel;
import vn.thidua.publication.domain.Channels;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

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
                new NotFoundException("Không có kênh đăng \"" + code + "\".")));
    }

    /** A commune's page, named after the commune as campaign-service knows it. */
    public Mono<Channel> communeUpserted(String unitCode, String unitName) {
        return channels.upsert(Channel.communePage(unitCode, unitName));
    }

    /**
     * The editorial board opens a commune's page by hand, e.g. before campaign-service has announced the unit; the
     * unit's own events rename it later.
     */
    public Mono<Channel> openCommunePage(String unitCode, String unitName, CurrentUser user) {
        return Mono.defer(() -> {
            EditorialAccess.requireBoard(user, "mở trang của xã");
            var errors = new ArrayList<FieldProblem>();
            String code = unitCode == null ? "" : unitCode.strip();
            String name = unitName == null ? "" : VietnameseText.nfc(unitName).strip();
            if (code.isEmpty() || code.length() > 64 || Channels.pageOf(code).isEmpty()) {
                errors.add(new FieldProblem("unitCode", "Nhập mã đơn vị, ví dụ XA-PHU-TIEN."));
            }
            if (name.isEmpty() || name.length() > 300) {
                errors.add(new FieldProblem("unitName", "Nhập tên đơn vị (tối đa 300 ký tự)."));
            }
            if (!errors.isEmpty() || Channels.isShared(Channels.pageOf(code))) {
                if (errors.isEmpty()) {
                    errors.add(new FieldProblem("unitCode", "Mã này trùng với một kênh dùng chung."));
                }
                return Mono.error(new InvalidInputException(errors));
            }
            return channels.upsert(Channel.communePage(code, name));
        });
    }
}
