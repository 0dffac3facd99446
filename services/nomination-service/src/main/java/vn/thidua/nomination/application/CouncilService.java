package vn.thidua.nomination.application;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.nomination.CouncilVoteRecorded;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.domain.CouncilOutcome;
import vn.thidua.nomination.domain.CouncilSession.Choice;
import vn.thidua.nomination.domain.CouncilSession.Item;
import vn.thidua.nomination.domain.CouncilSession.Member;
import vn.thidua.nomination.domain.CouncilSession;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.config.TenantProperties;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.ConcurrentChangeException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/** Council sessions: the agenda, the secret ballot, the results and minutes. */
@Service
public class CouncilService {

    private final AggregateDocuments documents;
    private final Queries queries;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final TenantProperties tenant;

    CouncilService(AggregateDocuments documents, Queries queries, CatalogueService catalogue, Clock clock,
                   TenantProperties tenant) {
        this.documents = documents;
        this.queries = queries;
        this.catalogue = catalogue;
        this.clock = clock;
        this.tenant = tenant;
    }

    public record NewSession(String title, LocalDate meetingDate, List<Member> members, List<String> nominationIds) {
    }

    /** Convenes a session on nominees ready for the council; members of a nominee's own unit are recused from it. */
    public Mono<CouncilSession> convene(NewSession input, CurrentUser user) {
        var problems = new ArrayList<FieldProblem>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new FieldProblem("title", "Không được để trống."));
        }
        if (input.meetingDate() == null) {
            problems.add(new FieldProblem("meetingDate", "Không được để trống."));
        }
        if (input.members() == null || input.members().isEmpty()) {
            problems.add(new FieldProblem("members", "Hội đồng phải có ít nhất một thành viên."));
        } else if (input.members().stream().map(Member::userId).distinct().count() != input.members().size()
                || input.members().stream().anyMatch(m -> m.userId() == null || m.userId().isBlank())) {
            problems.add(new FieldProblem("members", "Mỗi thành viên phải có mã người dùng và không được trùng."));
        }
        if (input.nominationIds() == null || input.nominationIds().isEmpty()) {
            problems.add(new FieldProblem("nominationIds", "Phải có ít nhất một trường hợp."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems));
        }
        List<String> ids = input.nominationIds().stream().distinct().toList();
        List<Member> members = input.members().stream()
                .map(m -> new Member(m.userId(), VietnameseText.nfc(m.name()), m.unitCode())).toList();
        return Mono.zip(queries.nominationsByIds(ids).collectList(), catalogue.catalogue()).flatMap(t -> {
            Catalogue all = t.getT2();
            Map<String, Nomination> byId = t.getT1().stream()
                    .collect(Collectors.toMap(Nomination::id, Function.identity()));
            for (String id : ids) {
                Nomination nomination = byId.get(id);
                if (nomination == null) {
                    return Mono.error(NotFoundException.of("hồ sơ đề nghị khen thưởng", id));
                }
                nomination.requireTransition(NominationStatus.IN_COUNCIL, "đưa ra Hội đồng");
            }
            List<Item> items = ids.stream().map(byId::get).map(n -> {
                AwardTypeVersion version = all.get(n.awardCode()).versions().stream()
                        .filter(v -> v.number() == n.awardVersion()).findFirst().orElseThrow();
                return new Item(n.id(), n.subject().id(), n.subject().displayName(), n.subject().unitCode(),
                        n.awardCode(), version.name(), version.councilThresholdPercent(), version.strictMajority(),
                        CouncilSession.recusedFor(members, n.subject().unitCode()), 0, 0, null);
            }).toList();
            Instant now = Instant.now(clock);
            var session = new CouncilSession(UUID.randomUUID().toString(), tenant.provinceCode(),
                    VietnameseText.nfc(input.title()).strip(), input.meetingDate(), members, items, List.of(), 0,
                    CouncilSession.SessionStatus.OPEN, null, now, user.id(), null, 1);
            return documents.create(Collections.COUNCIL_SESSIONS, session, List.of())
                    .flatMap(created -> Flux.fromIterable(ids).map(byId::get)
                            .concatMap(n -> documents.save(Collections.NOMINATIONS, n.id(), n.version(),
                                    n.putBeforeCouncil(created.id(), now, user.id()), List.of()))
                            .then(Mono.just(created)));
        });
    }

    /**
     * One member's secret ballot. It only increments the anonymous counters and adds the member to those who have
     * voted, in one conditional update; ballots of different members commute, so a concurrent one is retried.
     */
    public Mono<Void> vote(String sessionId, Map<String, Choice> choices, boolean inWriting, CurrentUser user) {
        return Mono.defer(() -> session(sessionId).flatMap(session -> {
                    Map<Integer, Choice> increments = session.checkBallot(user.id(), choices == null ? Map.of()
                            : choices);
                    var update = new Update().push("voted", user.id());
                    increments.forEach((index, choice) ->
                            update.inc("items." + index + "." + (choice == Choice.YES ? "yes" : "no"), 1));
                    if (inWriting) {
                        update.inc("writtenBallots", 1);
                    }
                    return documents.change(Collections.COUNCIL_SESSIONS, sessionId, session.version(), update,
                            List.of());
                }))
                .retryWhen(Retry.backoff(5, Duration.ofMillis(20))
                        .filter(ConcurrentChangeException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .then();
    }

    /** Ends the ballot: results by each award's threshold over all non-recused members, minutes, the event. */
    public Mono<CouncilSession> close(String sessionId, String minutes, CurrentUser user) {
        return session(sessionId).flatMap(session -> queries.nominationsByIds(
                        session.items().stream().map(Item::nominationId).toList()).collectMap(Nomination::id)
                .flatMap(nominations -> {
                    Instant now = Instant.now(clock);
                    CouncilSession closed = session.close(VietnameseText.nfc(minutes), now);
                    int members = closed.members().size();
                    var tallies = closed.items().stream().map(item -> new CouncilVoteRecorded.Tally(
                            item.nominationId(), EventMapping.kind(nominations.get(item.nominationId()).subject().kind()),
                            item.subjectId(), item.awardCode(), item.eligibleVoters(members), item.yes(), item.no(),
                            item.thresholdPercent(), item.strictMajority(), Boolean.TRUE.equals(item.approved())))
                            .toList();
                    var event = new CouncilVoteRecorded(sessionId, closed.version(), closed.provinceCode(),
                            closed.meetingDate(), members, closed.voted().size(),
                            closed.writtenBallots() == 0 ? null : closed.writtenBallots(), tallies, now);
                    return documents.save(Collections.COUNCIL_SESSIONS, sessionId, session.version(), closed,
                                    List.of(PendingEvent.of(EventCatalog.COUNCIL_VOTE_RECORDED_V1, event)))
                            .flatMap(saved -> Flux.fromIterable(saved.items())
                                    .map(item -> nominations.get(item.nominationId()))
                                    .filter(n -> n.status() == NominationStatus.IN_COUNCIL)
                                    .concatMap(n -> {
                                        Item item = saved.item(n.id());
                                        var outcome = new CouncilOutcome(sessionId, item.yes(), item.no(),
                                                item.eligibleVoters(members), Boolean.TRUE.equals(item.approved()));
                                        return documents.save(Collections.NOMINATIONS, n.id(), n.version(),
                                                n.councilDecided(outcome, now, user.id()), List.of());
                                    })
                                    .then(Mono.just(saved)));
                }));
    }

    public Mono<CouncilSession> session(String id) {
        return documents.find(Collections.COUNCIL_SESSIONS, id, CouncilSession.class)
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("phiên họp Hội đồng", id)));
    }

    /** A session for its members and the office; others are told it does not exist. */
    public Mono<CouncilSession> get(String id, CurrentUser user) {
        return session(id).filter(session -> Access.isOffice(user) || session.isMember(user.id()))
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("phiên họp Hội đồng", id)));
    }

    public Mono<PageResult<CouncilSession>> list(CurrentUser user, int page, int size) {
        PageResult.requireValid(page, size);
        Criteria filter = Access.isOffice(user) ? new Criteria() : Criteria.where("members.userId").is(user.id());
        return queries.page(Collections.COUNCIL_SESSIONS, CouncilSession.class, filter,
                Sort.by(Sort.Order.desc("meetingDate"), Sort.Order.asc("_id")), page, size);
    }

    static void requireApproved(Nomination nomination) {
        if (nomination.status() != NominationStatus.APPROVED) {
            throw new BusinessRuleException("not-approved-by-council", "\"" + nomination.subject().displayName()
                    + "\" chưa được Hội đồng Thi đua – Khen thưởng đề nghị khen thưởng (trạng thái: "
                    + nomination.status().label() + ").");
        }
    }
}
