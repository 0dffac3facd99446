package vn.thidua.nomination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.nomination.NoticeClosure;
import vn.thidua.contracts.events.nomination.NoticeNominee;
import vn.thidua.contracts.events.nomination.ObjectionRaised;
import vn.thidua.contracts.events.nomination.ObjectionResolved;
import vn.thidua.contracts.events.nomination.PublicNoticeClosed;
import vn.thidua.contracts.events.nomination.PublicNoticeOpened;
import vn.thidua.contracts.events.publication.ArticlePublished;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.domain.Objection;
import vn.thidua.nomination.domain.PublicNotice;
import vn.thidua.nomination.domain.Unit;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.messaging.EventConsumers;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/**
 * Public notices: opened by the commendation office, posted by publication-service (whose ArticlePublished starts
 * the window), objected to by anyone, resolved by the office, closed after the window.
 */
@Service
public class NoticeService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TenantProperties tenant;

    NoticeService(AggregateDocuments documents, Queries queries, CatalogueService catalogue, Clock clock,
                  WorkingDayCalendar calendar, TenantProperties tenant) {
        this.documents = documents;
        this.queries = queries;
        this.catalogue = catalogue;
        this.clock = clock;
        this.calendar = calendar;
        this.tenant = tenant;
    }

    /**
     * @param authorityUnitCode the unit in whose name the notice is posted
     */
    public record NewNotice(String title, String authorityUnitCode, String legalBasis, List<String> nominationIds) {
    }

    /**
     * Opens a notice of appraised nominees whose award requires one; its window is the longest any of their awards
     * requires. The notice waits "awaiting posting" until the portal publishes it.
     */
    public Mono<PublicNotice> open(NewNotice input, CurrentUser user) {
        var problems = new ArrayList<FieldProblem>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new FieldProblem("title", "Không được để trống."));
        }
        if (input.authorityUnitCode() == null || input.authorityUnitCode().isBlank()) {
            problems.add(new FieldProblem("authorityUnitCode", "Không được để trống."));
        }
        if (input.nominationIds() == null || input.nominationIds().isEmpty()) {
            problems.add(new FieldProblem("nominationIds", "Phải có ít nhất một trường hợp."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems));
        }
        List<String> ids = input.nominationIds().stream().distinct().toList();
        return Mono.zip(queries.nominationsByIds(ids).collectList(), catalogue.catalogue(),
                        queries.unit(input.authorityUnitCode()).map(Unit::name).defaultIfEmpty(input.authorityUnitCode()))
                .flatMap(t -> queries.unitNames(t.getT1().stream().map(n -> n.subject().unitCode()).toList())
                        .map(names -> reactor.util.function.Tuples.of(t, names)))
                .flatMap(withNames -> {
                    var t = withNames.getT1();
                    Map<String, String> unitNames = withNames.getT2();
                    List<Nomination> nominations = t.getT1();
                    Catalogue all = t.getT2();
                    if (nominations.size() != ids.size()) {
                        var found = nominations.stream().map(Nomination::id).toList();
                        return Mono.error(NotFoundException.of("hồ sơ đề nghị khen thưởng",
                                ids.stream().filter(id -> !found.contains(id)).findFirst().orElse("")));
                    }
                    nominations.forEach(n -> n.requireTransition(NominationStatus.IN_PUBLIC_NOTICE,
                            "đưa ra công khai"));
                    int workingDays = nominations.stream().mapToInt(n -> all.get(n.awardCode()).versions().stream()
                            .filter(v -> v.number() == n.awardVersion()).findFirst().orElseThrow()
                            .publicNoticeWorkingDays()).max().orElse(0);
                    Map<String, Nomination> byId = nominations.stream()
                            .collect(Collectors.toMap(Nomination::id, Function.identity()));
                    List<PublicNotice.Entry> entries = ids.stream().map(byId::get).map(n -> new PublicNotice.Entry(
                            n.id(), n.subject().id(), n.subject().kind(), n.subject().displayName(),
                            n.subject().unitCode(), n.awardCode(), all.nameOf(n.awardCode()), n.year())).toList();
                    Instant now = Instant.now(clock);
                    String noticeId = UUID.randomUUID().toString();
                    var notice = PublicNotice.create(noticeId, tenant.provinceCode(),
                            VietnameseText.nfc(input.title()).strip(), workingDays, entries, now, user.id());
                    var event = new PublicNoticeOpened(noticeId, 1, tenant.provinceCode(), notice.title(),
                            new UnitRef(input.authorityUnitCode(), t.getT3()),
                            ids.stream().map(byId::get).map(n -> new NoticeNominee(n.id(),
                                    EventMapping.kind(n.subject().kind()), n.subject().displayName(),
                                    new UnitRef(n.subject().unitCode(),
                                            unitNames.getOrDefault(n.subject().unitCode(), n.subject().unitCode())), n.awardCode(),
                                    all.nameOf(n.awardCode()), n.achievement())).toList(),
                            workingDays, "Mọi ý kiến góp ý gửi qua Cổng thông tin điện tử trong " + workingDays
                                    + " ngày làm việc kể từ ngày đăng tải; người góp ý được giữ bí mật danh tính.",
                            "/api/public-notices/" + noticeId + "/objections",
                            input.legalBasis() == null || input.legalBasis().isBlank() ? null
                                    : VietnameseText.nfc(input.legalBasis()), now);
                    return documents.create(Collections.PUBLIC_NOTICES, notice,
                                    List.of(PendingEvent.of(EventCatalog.PUBLIC_NOTICE_OPENED_V1, event)))
                            .flatMap(created -> Flux.fromIterable(nominations)
                                    .concatMap(n -> documents.save(Collections.NOMINATIONS, n.id(), n.version(),
                                            n.putOnNotice(noticeId, now, user.id()), List.of()))
                                    .then(Mono.just(created)));
                });
    }

    /**
     * The portal published a page: if it is a notice's posting, the window starts at {@code publishedAt}. A later
     * re-publication of the same page (a correction) does not restart it.
     */
    public Mono<EventConsumers.Result> posted(ArticlePublished article) {
        if (article.publicNoticeId() == null) {
            return Mono.just(EventConsumers.Result.DUPLICATE);
        }
        return documents.find(Collections.PUBLIC_NOTICES, article.publicNoticeId(), PublicNotice.class)
                .flatMap(notice -> {
                    if (notice.status() != PublicNotice.NoticeStatus.AWAITING_POSTING) {
                        return Mono.just(EventConsumers.Result.DUPLICATE);
                    }
                    LocalDate closesOn = calendar.deadline(article.publishedAt(), notice.workingDays());
                    return documents.save(Collections.PUBLIC_NOTICES, notice.id(), notice.version(),
                                    notice.posted(article.articleId(), article.publishedAt(), closesOn), List.of())
                            .thenReturn(EventConsumers.Result.APPLIED);
                })
                // Another service's page about a notice this province does not have: nothing to do.
                .defaultIfEmpty(EventConsumers.Result.DUPLICATE);
    }

    public record NewObjection(String nominationId, String content, String name, String contact) {
    }

    /** Anyone may object while the window is open; who they are stays here. */
    public Mono<Objection> object(String noticeId, NewObjection input) {
        String content = VietnameseText.nfc(input.content());
        if (content == null || content.isBlank()) {
            return Mono.error(new InvalidInputException(List.of(new FieldProblem("content", "Không được để trống."))));
        }
        if (content.length() > 5000) {
            return Mono.error(new InvalidInputException(List.of(new FieldProblem("content",
                    "Không được dài quá 5000 ký tự."))));
        }
        return notice(noticeId).flatMap(notice -> {
            Instant now = Instant.now(clock);
            var objection = Objection.filed(UUID.randomUUID().toString(), blankToNull(input.nominationId()),
                    content.strip(), blankToNull(VietnameseText.nfc(input.name())),
                    blankToNull(VietnameseText.nfc(input.contact())), now);
            PublicNotice next = notice.object(objection, calendar.today());
            var event = new ObjectionRaised(noticeId, next.version(), next.provinceCode(), objection.id(),
                    objection.nominationId(), (int) next.unresolvedObjections(), now);
            return documents.save(Collections.PUBLIC_NOTICES, noticeId, notice.version(), next,
                    List.of(PendingEvent.of(EventCatalog.OBJECTION_RAISED_V1, event))).thenReturn(objection);
        });
    }

    public Mono<PublicNotice> resolve(String noticeId, String objectionId, Objection.Outcome outcome,
                                      String resolution, CurrentUser user) {
        if (outcome == null) {
            return Mono.error(new InvalidInputException(List.of(new FieldProblem("outcome", "Không được để trống."))));
        }
        return notice(noticeId).flatMap(notice -> {
            Instant now = Instant.now(clock);
            PublicNotice next = notice.resolve(objectionId, outcome, VietnameseText.nfc(resolution), now, user.id());
            Objection resolved = next.objection(objectionId);
            var event = new ObjectionResolved(noticeId, next.version(), next.provinceCode(), objectionId,
                    resolved.nominationId(), ObjectionResolved.Outcome.valueOf(outcome.name()),
                    (int) next.unresolvedObjections(), now);
            return documents.save(Collections.PUBLIC_NOTICES, noticeId, notice.version(), next,
                    List.of(PendingEvent.of(EventCatalog.OBJECTION_RESOLVED_V1, event)));
        });
    }

    /**
     * Kết thúc lấy ý kiến, once the window is over: nominees go on to the council, except those an upheld
     * objection stopped. Objections still unresolved keep blocking their nominees' decision.
     */
    public Mono<PublicNotice> close(String noticeId, CurrentUser user) {
        return notice(noticeId).flatMap(notice -> {
            Instant now = Instant.now(clock);
            PublicNotice closed = notice.close(calendar.today(), now);
            var event = new PublicNoticeClosed(noticeId, closed.version(), closed.provinceCode(),
                    NoticeClosure.WINDOW_ENDED, WorkingDayCalendar.dateInVietnam(closed.postedAt()),
                    closed.closesOn(), closed.objections().size(), (int) closed.unresolvedObjections(), now);
            return documents.save(Collections.PUBLIC_NOTICES, noticeId, notice.version(), closed,
                            List.of(PendingEvent.of(EventCatalog.PUBLIC_NOTICE_CLOSED_V1, event)))
                    .flatMap(saved -> moveNominees(saved, now, user).thenReturn(saved));
        });
    }

    private Mono<Void> moveNominees(PublicNotice notice, Instant now, CurrentUser user) {
        var ids = notice.entries().stream().map(PublicNotice.Entry::nominationId).toList();
        return queries.nominationsByIds(ids)
                .filter(n -> n.status() == NominationStatus.IN_PUBLIC_NOTICE)
                .concatMap(n -> documents.save(Collections.NOMINATIONS, n.id(), n.version(),
                        notice.upheldAgainst(n.id())
                                ? n.rejectAfterObjection("Ý kiến phản ánh trong thời gian công khai được xác nhận là đúng.",
                                now, user.id())
                                : n.noticeClosed(now, user.id()), List.of()))
                .then();
    }

    public Mono<PublicNotice> notice(String id) {
        return documents.find(Collections.PUBLIC_NOTICES, id, PublicNotice.class)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("thông báo công khai", id)));
    }

    public Mono<PageResult<PublicNotice>> list(List<PublicNotice.NoticeStatus> statuses, int page, int size) {
        PageResult.requireValid(page, size);
        Criteria filter = statuses == null || statuses.isEmpty() ? new Criteria()
                : Criteria.where("status").in(statuses);
        return queries.page(Collections.PUBLIC_NOTICES, PublicNotice.class, filter,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page, size);
    }

    /** The nominee's notices that still block a decision: an open window, an unresolved or upheld objection. */
    static void requireDecidable(Nomination nomination, PublicNotice notice, LocalDate today) {
        if (notice.windowOpenOn(today)) {
            throw new BusinessRuleException("notice-window-open", "Chưa thể ra quyết định cho \""
                    + nomination.subject().displayName() + "\": thông báo công khai "
                    + (notice.status() == PublicNotice.NoticeStatus.AWAITING_POSTING ? "chưa được đăng tải."
                    : "còn trong thời hạn lấy ý kiến đến hết ngày " + notice.closesOn() + "."));
        }
        if (notice.unresolvedObjections(nomination.id()) > 0) {
            throw new BusinessRuleException("objection-unresolved", "Chưa thể ra quyết định cho \""
                    + nomination.subject().displayName() + "\": còn " + notice.unresolvedObjections(nomination.id())
                    + " ý kiến phản ánh chưa được giải quyết.");
        }
        if (notice.upheldAgainst(nomination.id())) {
            throw new BusinessRuleException("objection-upheld", "Không thể khen thưởng \""
                    + nomination.subject().displayName() + "\": ý kiến phản ánh đã được xác nhận là đúng.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
