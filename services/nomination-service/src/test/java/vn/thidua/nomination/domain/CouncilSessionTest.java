package vn.thidua.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.nomination.domain.CouncilSession.Choice;
import vn.thidua.nomination.domain.CouncilSession.Item;
import vn.thidua.nomination.domain.CouncilSession.Member;
import vn.thidua.support.problem.BusinessRuleException;

/** The threshold counts all members, absent ones included; recused members leave the base. */
class CouncilSessionTest {

    private static Item item(int threshold, boolean strict, List<String> recused, int yes) {
        return new Item("n1", "p1", "Nguyễn Văn A", "XA-A", "CHIEN_SI_THI_DUA_CAP_TINH", "Chiến sĩ thi đua cấp tỉnh",
                threshold, strict, recused, yes, 0, null);
    }

    @Test
    void ninetyPercentOfTenMembersNeedsNineYesVotes() {
        assertThat(CouncilSession.reaches(item(90, false, List.of(), 8), 10)).isFalse();
        assertThat(CouncilSession.reaches(item(90, false, List.of(), 9), 10)).isTrue();
    }

    @Test
    void absentMembersCountAgainstTheThreshold() {
        // 7 members, 6 present and all in favour: 6/7 = 85.7% < 90%
        assertThat(CouncilSession.reaches(item(90, false, List.of(), 6), 7)).isFalse();
    }

    @Test
    void aSimpleMajorityOfAllMembersNeedsMoreThanHalf() {
        assertThat(CouncilSession.reaches(item(50, true, List.of(), 2), 4)).isFalse();
        assertThat(CouncilSession.reaches(item(50, true, List.of(), 3), 4)).isTrue();
    }

    @Test
    void aRecusedMemberLeavesTheBase() {
        // 10 members, one recused: 9 eligible; 9 × 90% = 8.1 → 8 is not enough, 9 is
        assertThat(CouncilSession.reaches(item(90, false, List.of("m0"), 8), 10)).isFalse();
        assertThat(CouncilSession.reaches(item(90, false, List.of("m0"), 9), 10)).isTrue();
    }

    @Test
    void membersOfTheNomineesUnitAreRecusedAndMayNotVoteOnIt() {
        var members = List.of(new Member("m1", "A", "XA-A"), new Member("m2", "B", "UBND-TN"));
        assertThat(CouncilSession.recusedFor(members, "XA-A")).containsExactly("m1");
        var session = new CouncilSession("s", "19", "Phiên họp", LocalDate.of(2026, 12, 1), members,
                List.of(item(50, true, List.of("m1"), 0)), List.of(), 0, CouncilSession.SessionStatus.OPEN, null,
                Instant.now(), "reviewer", null, 1);
        assertThatThrownBy(() -> session.checkBallot("m1", Map.of("n1", Choice.YES)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("không tham gia bỏ phiếu");
        assertThat(session.checkBallot("m1", Map.of())).isEmpty();
        assertThat(session.checkBallot("m2", Map.of("n1", Choice.NO))).containsEntry(0, Choice.NO);
        assertThatThrownBy(() -> session.checkBallot("m2", Map.of())).hasMessageContaining("Phiếu bầu phải ghi");
    }

    @Test
    void closingRecordsResultsAndRefusesLateBallots() {
        var members = IntStream.range(0, 3).mapToObj(i -> new Member("m" + i, "M" + i, "SNV-TN")).toList();
        var session = new CouncilSession("s", "19", "Phiên họp", LocalDate.of(2026, 12, 1), members,
                List.of(item(90, false, List.of(), 3)), List.of("m0", "m1", "m2"), 0,
                CouncilSession.SessionStatus.OPEN, null, Instant.now(), "reviewer", null, 4);
        assertThatThrownBy(() -> session.checkBallot("m0", Map.of("n1", Choice.YES)))
                .hasMessageContaining("một lần");
        CouncilSession closed = session.close("Biên bản họp", Instant.now());
        assertThat(closed.items().get(0).approved()).isTrue();
        assertThatThrownBy(() -> closed.checkBallot("m0", Map.of())).hasMessageContaining("đã kết thúc");
        assertThatThrownBy(() -> session.close(" ", Instant.now())).hasMessageContaining("biên bản");
    }
}
