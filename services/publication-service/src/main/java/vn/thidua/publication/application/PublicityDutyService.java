package vn.thidua.publication.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.PublicityDuty;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Publicity duties and their report. The plan owner (the commendation office, the editorial board) sets targets;
 * everyone logged in reads the report, a unit officer only for its own unit.
 */
@Service
public class PublicityDutyService {

    static final String COLLECTION = "publicity_duties";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;
    private final ArticleRepository articles;
    private final PublicationProperties properties;
    private final Clock clock;

    public PublicityDutyService(ReactiveMongoOperations mongo, AggregateStore store, ArticleRepository articles,
                                PublicationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.store = store;
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
            return store.create(COLLECTION, duty, List.of())
                    .then(mongo.findById(duty.id(), PublicityDuty.class, COLLECTION));
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
        Criteria criteria = where("provinceCode").is(properties.provinceCode());
        if (to != null) {
            criteria = criteria.and("periodFrom").lte(to);
        }
        if (from != null) {
            criteria = criteria.and("periodTo").gte(from);
        }
        if (unit != null) {
            criteria = criteria.and("unitCode").is(unit);
        }
        return mongo.find(query(criteria).with(Sort.by("unitCode", "periodFrom", "kind")), PublicityDuty.class,
                        COLLECTION)
                .concatMap(duty -> articles.countPublished(duty.unitCode(), duty.kind().category(),
                                duty.periodFrom().atStartOfDay(VIETNAM).toInstant(),
                                duty.periodTo().plusDays(1).atStartOfDay(VIETNAM).toInstant())
                        .map(published -> new PublicityDuty.Progress(duty, published)))
                .collectList();
    }
}
