package vn.thidua.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.nomination.ApiTestSupport;

/** Ballots cast at the same moment are all counted: each one is a conditional update, retried on a conflict. */
class CouncilBallotTest extends ApiTestSupport {

    @Test
    void simultaneousBallotsAreAllCountedAndTheThresholdCountsAbsentMembers() throws Exception {
        String unit = freshUnit();
        String officer = officer(unit);
        String id = nomination(officer, "INDIVIDUAL", person("Bế Văn Quang", unit, 2026, "GOOD"),
                "LAO_DONG_TIEN_TIEN", 2026);
        ok(post("/api/nominations/" + id + "/submit", null, officer));
        ok(post("/api/nominations/" + id + "/appraise", null, REVIEWER));
        var members = IntStream.range(0, 8).mapToObj(i -> Map.of("userId", "cb-" + i, "name", "Thành viên " + i,
                "unitCode", "SNV-TN")).toList();
        String sessionId = (String) created("/api/council-sessions", Map.of("title", "Phiên họp", "meetingDate",
                "2026-12-02", "members", members, "nominationIds", List.of(id)), REVIEWER).get("id");

        // Four of eight vote yes at once; the other four never vote: 4/8 is not more than half.
        var pool = Executors.newFixedThreadPool(4);
        try {
            var ballots = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() ->
                    post("/api/council-sessions/" + sessionId + "/ballots",
                            Map.of("votes", List.of(Map.of("nominationId", id, "choice", "YES"))),
                            member("cb-" + i, "SNV-TN")).expectStatus().isCreated(), pool)).toList();
            CompletableFuture.allOf(ballots.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        Map<String, Object> closed = ok(post("/api/council-sessions/" + sessionId + "/close",
                Map.of("minutes", "4/8 thành viên bỏ phiếu."), REVIEWER));
        assertThat(closed.get("ballotsCast")).isEqualTo(4);
        Map<?, ?> item = (Map<?, ?>) ((List<?>) closed.get("items")).get(0);
        assertThat(item.get("yes")).isEqualTo(4);
        assertThat(item.get("approved")).isEqualTo(false);
        assertThat(ok(get("/api/nominations/" + id, officer)).get("status")).isEqualTo("NOT_APPROVED");
    }
}
