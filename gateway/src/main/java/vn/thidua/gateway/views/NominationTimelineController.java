package vn.thidua.gateway.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.problem.NotFoundException;

/**
 * {@code GET /api/views/nominations/{id}/timeline}: everything that happened to one nomination, oldest first: its
 * own history (submitted, returned, appraised, voted, decided), its public notice's posting and window, and the
 * decision that granted it. nomination-service decides, with the caller's token, who may see the nomination.
 */
@RestController
public class NominationTimelineController {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Downstream downstream;

    public NominationTimelineController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/views/nominations/{id}/timeline")
    public Mono<Map<String, Object>> timeline(@PathVariable String id, ServerWebExchange exchange) {
        return downstream.get(exchange, "nomination-service", "/api/nominations/" + Paths.segment(id))
                .flatMap(part -> {
                    if (part instanceof Part.Absent absent) {
                        return Mono.error(new NotFoundException("Không tìm thấy hồ sơ đề nghị " + id
                                + " hoặc bạn không có quyền xem hồ sơ này."));
                    }
                    JsonNode nomination = ViewDocument.body(part);
                    if (nomination == null) {
                        return Mono.just(new ViewDocument().put("nomination", part).putValue("events", List.of())
                                .toMap());
                    }
                    Mono<Part> notice = optional(exchange, "/api/public-notices/", nomination.path("publicNoticeId"));
                    Mono<Part> decision = optional(exchange, "/api/decisions/", nomination.path("decisionId"));
                    return Mono.zip(notice, decision).map(parts -> {
                        ViewDocument view = new ViewDocument().put("nomination", part);
                        List<Map<String, Object>> events = new ArrayList<>(history(nomination));
                        events.addAll(notice(parts.getT1(), view));
                        events.addAll(decision(parts.getT2(), view));
                        events.sort(Comparator.comparing(event -> (Instant) event.get("at")));
                        return view.putValue("events", events).toMap();
                    });
                });
    }

    private Mono<Part> optional(ServerWebExchange exchange, String prefix, JsonNode id) {
        return id.isString() && !id.asString().isBlank()
                ? downstream.get(exchange, "nomination-service", prefix + Paths.segment(id.asString()))
                : Mono.just(new Part.Absent(404));
    }

    private static List<Map<String, Object>> history(JsonNode nomination) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (JsonNode entry : nomination.path("history")) {
            Map<String, Object> event = event(Instant.parse(entry.path("at").asString()), "nomination",
                    entry.path("status").asString());
            if (entry.hasNonNull("note")) {
                event.put("note", entry.path("note").asString());
            }
            events.add(event);
        }
        return events;
    }

    private static List<Map<String, Object>> notice(Part part, ViewDocument view) {
        if (part instanceof Part.Missing missing) {
            view.markDegraded(missing.service());
        }
        JsonNode notice = ViewDocument.body(part);
        if (notice == null || !notice.hasNonNull("postedAt")) {
            return List.of();
        }
        Map<String, Object> posted = event(Instant.parse(notice.path("postedAt").asString()), "public-notice",
                "POSTED");
        posted.put("title", notice.path("title").asString());
        posted.put("windowStartsOn", notice.path("windowStartsOn").asString(null));
        posted.put("closesOn", notice.path("closesOn").asString(null));
        posted.put("objectionsReceived", notice.path("objectionsReceived").asInt());
        posted.put("objectionsUnresolved", notice.path("objectionsUnresolved").asLong());
        List<Map<String, Object>> events = new ArrayList<>(List.of(posted));
        if ("CLOSED".equals(notice.path("status").asString()) && notice.hasNonNull("closesOn")) {
            events.add(event(endOf(LocalDate.parse(notice.path("closesOn").asString())), "public-notice", "CLOSED"));
        }
        return events;
    }

    private static List<Map<String, Object>> decision(Part part, ViewDocument view) {
        if (part instanceof Part.Missing missing) {
            view.markDegraded(missing.service());
        }
        JsonNode decision = ViewDocument.body(part);
        if (decision == null || !decision.hasNonNull("signedOn")) {
            return List.of();
        }
        // A decision is dated, not timed: it sorts at the start of its day in Vietnam.
        Map<String, Object> event = event(LocalDate.parse(decision.path("signedOn").asString()).atStartOfDay(VIETNAM)
                .toInstant(), "decision", "ISSUED");
        event.put("number", decision.path("number").asString());
        event.put("issuer", decision.path("issuerName").asString());
        event.put("decisionId", decision.path("id").asString());
        return List.of(event);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(VIETNAM).toInstant().minusSeconds(1);
    }

    private static Map<String, Object> event(Instant at, String source, String what) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("at", at);
        event.put("source", source);
        event.put("event", what);
        return event;
    }
}
