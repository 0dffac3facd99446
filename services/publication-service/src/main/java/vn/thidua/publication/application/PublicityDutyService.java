package vn.thidua.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.PublicityDuty;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Publicity duties and their report. The plan owner (the commendation office, the editorial board) sets targets;
 * everyone logged in reads the report, a unit officer only for its own unit.
 */
@Service
public class PublicityDutyService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PublicityDutyRepository duties;
    private final ArticleRepository articles;
    private final PublicationProperties properties;
    private final Clock clock;

    public PublicityDutyService(PublicityDutyRepository duties, ArticleRepository articles,
                                PublicationProperties properties, Clock clock) {
        this.duties = duties;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<PublicityDuty> create(PublicityDuty.Definition input, CurrentUser user) {
        return Mono.defer(() -> {
            if (!user.has(Role.REVIEWER, Role.EDITOR, Role.ADMIN)) {
                return Mono.error(new AccessDeniedException("Chỉ Ban Thi đua – Khen thưởng và Ban biên tập giao chỉ tiêu."));
            }
            var d = input.validated();
            var duty = new PublicityDuty(UUID.randomUUID().toString(), properties.provinceCode(), d.unitCode(),
                    d.kind(), d.periodFrom(), d.periodTo(), d.target(), d.plan(), clock.instant(), user.id(), 1);
            return duties.insert(duty);
        });
    }

    /**
     * Every duty whose period overlaps {@code [from, to]}, with what the unit published within the duty's own
     * period (first publications; withdrawn articles do not count).
     */
    public Mono<List<PublicityDuty.Progress>> report(LocalDate from, LocalDate to, String unitCode, CurrentUser user) {
        String unit = user.has(Role.REVIEWER, Role.EDITOR, Role.ADMIN) ? unitCode : user.unitCode();
        if (unit == null && !user.has(Role.REVIEWER, Role.EDITOR, Role.ADMIN)) {
            return Mono.error(new AccessDeniedException("Tài khoản không gắn với đơn vị nào."));
        }
        return duties.findOverlapping(properties.provinceCode(), from, to, unit)
                .concatMap(duty -> articles.countPublished(duty.unitCode(), duty.kind().category(),
                                duty.periodFrom().atStartOfDay(VIETNAM).toInstant(),
                                duty.periodTo().plusDays(1).atStartOfDay(VIETNAM).toInstant())
                        .map(published -> new PublicityDuty.Progress(duty, published)))
                .collectList();
    }
}
