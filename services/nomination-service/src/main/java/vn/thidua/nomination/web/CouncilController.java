package vn.thidua.nomination.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.CouncilService;
import vn.thidua.nomination.domain.CouncilSession;
import vn.thidua.nomination.domain.CouncilSession.Choice;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;
import vn.thidua.support.web.PageResult;

/** {@code /api/council-sessions}: convening, the secret ballot, closing with minutes. */
@RestController
@RequestMapping("/api/council-sessions")
class CouncilController {

    private final CouncilService councils;

    CouncilController(CouncilService councils) {
        this.councils = councils;
    }

    @PostMapping
    Mono<ResponseEntity<SessionView>> convene(@RequestBody CouncilService.NewSession input) {
        return CurrentUser.current().flatMap(user -> councils.convene(input, user))
                .map(s -> ResponseEntity.created(URI.create("/api/council-sessions/" + s.id())).body(SessionView.of(s)));
    }

    @GetMapping
    Mono<PageResult<SessionView>> list(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return CurrentUser.current().flatMap(user -> councils.list(user, page, size))
                .map(found -> found.map(SessionView::of));
    }

    @GetMapping("/{id}")
    Mono<SessionView> get(@PathVariable String id) {
        return CurrentUser.current().flatMap(user -> councils.get(id, user)).map(SessionView::of);
    }

    /**
     * @param votes     the member's choice for each nominee; nominees the member is recused from are left out
     * @param inWriting an absent member's written ballot
     */
    record Ballot(List<Vote> votes, Boolean inWriting) {
    }

    record Vote(String nominationId, Choice choice) {
    }

    @PostMapping("/{id}/ballots")
    Mono<ResponseEntity<Map<String, String>>> vote(@PathVariable String id, @RequestBody Ballot ballot) {
        return CurrentUser.current().flatMap(user -> councils.vote(id, choices(ballot),
                        Boolean.TRUE.equals(ballot.inWriting()), user))
                .thenReturn(ResponseEntity.status(201).body(Map.of("message", "Đã ghi nhận phiếu bầu.")));
    }

    private static Map<String, Choice> choices(Ballot ballot) {
        var choices = new LinkedHashMap<String, Choice>();
        if (ballot.votes() != null) {
            for (Vote vote : ballot.votes()) {
                if (vote.nominationId() == null || vote.choice() == null
                        || choices.put(vote.nominationId(), vote.choice()) != null) {
                    throw new InvalidInputException(List.of(new FieldProblem("votes",
                            "Mỗi trường hợp ghi đúng một ý kiến đồng ý (YES) hoặc không đồng ý (NO).")));
                }
            }
        }
        return choices;
    }

    record Closing(String minutes) {
    }

    @PostMapping("/{id}/close")
    Mono<SessionView> close(@PathVariable String id, @RequestBody Closing closing) {
        return CurrentUser.current().flatMap(user -> councils.close(id, closing.minutes(), user)).map(SessionView::of);
    }

    /** A session; the tallies appear only once the ballot is closed, so that no one votes knowing them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionView(String id, String title, LocalDate meetingDate, List<CouncilSession.Member> members,
                       List<ItemView> items, int ballotsCast, int writtenBallots, CouncilSession.SessionStatus status,
                       String statusLabel, String minutes, Instant closedAt, long version) {

        record ItemView(String nominationId, String displayName, String unitCode, String awardCode, String awardName,
                        int thresholdPercent, boolean strictMajority, List<String> recused, int eligibleVoters,
                        Integer yes, Integer no, Boolean approved) {
        }

        static SessionView of(CouncilSession s) {
            boolean closed = s.status() == CouncilSession.SessionStatus.CLOSED;
            int members = s.members().size();
            return new SessionView(s.id(), s.title(), s.meetingDate(), s.members(), s.items().stream()
                    .map(i -> new ItemView(i.nominationId(), i.displayName(), i.unitCode(), i.awardCode(),
                            i.awardName(), i.thresholdPercent(), i.strictMajority(), i.recused(),
                            i.eligibleVoters(members), closed ? i.yes() : null, closed ? i.no() : null,
                            i.approved())).toList(),
                    s.voted().size(), s.writtenBallots(), s.status(), s.status().label(), s.minutes(), s.closedAt(),
                    s.version());
        }
    }
}
