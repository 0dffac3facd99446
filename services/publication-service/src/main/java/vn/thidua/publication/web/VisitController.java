package vn.thidua.publication.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.InetSocketAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.VisitService;

/**
 * {@code POST /api/visits} counts a page view (anonymous; the gateway rate-limits it and sets
 * {@code X-Forwarded-For}); {@code GET /api/visits/stats} shows the counters.
 */
@RestController
class VisitController {

    private final VisitService visits;

    VisitController(VisitService visits) {
        this.visits = visits;
    }

    /** @param articleId the article viewed; absent for a page of the portal that is not an article */
    record VisitInput(String articleId) {
    }

    record VisitAnswer(VisitService.Outcome outcome, boolean counted) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatsView(long onlineNow, String onlineNowLabel, long totalVisits, String totalVisitsLabel,
                     String articleId, Long articleViews) {
        static StatsView of(VisitService.Stats s) {
            return new StatsView(s.onlineNow(), "Đang truy cập", s.totalVisits(), "Tổng truy cập", s.articleId(),
                    s.articleViews());
        }
    }

    @PostMapping("/api/visits")
    Mono<ResponseEntity<VisitAnswer>> visit(@RequestBody(required = false) VisitInput input,
                                            ServerHttpRequest request) {
        String articleId = input == null || input.articleId() == null || input.articleId().isBlank()
                ? null : input.articleId();
        return visits.record(articleId, address(request), request.getHeaders().getFirst(HttpHeaders.USER_AGENT))
                .map(outcome -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(new VisitAnswer(outcome, outcome == VisitService.Outcome.COUNTED)));
    }

    @GetMapping("/api/visits/stats")
    Mono<StatsView> stats(@RequestParam(required = false) String articleId) {
        return visits.stats(articleId).map(StatsView::of);
    }

    /** The client as the gateway saw it (the first X-Forwarded-For entry), else the connection's peer. */
    private static String address(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
