package vn.thidua.campaign.domain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

class ClusterTest {

    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    private static final List<String> MEMBERS = List.of("XA-PHUONG-TIEN", "XA-BINH-THANH", "XA-THANH-DINH");

    private final Cluster cluster = Cluster.create("c-1", "19",
            new ClusterDefinition("Cụm thi đua số 02", ClusterKind.CLUSTER, List.of()).normalised(), NOW, "reviewer");

    @Test
    void theLeaderRotatesEveryYear() {
        var first = cluster.withYear(2024, MEMBERS, "XA-PHUONG-TIEN", NOW, "reviewer");

        assertThatThrownBy(() -> first.withYear(2025, MEMBERS, "XA-PHUONG-TIEN", NOW, "reviewer"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("cluster-leader-must-rotate"));
        assertThatThrownBy(() -> first.withYear(2023, MEMBERS, "XA-PHUONG-TIEN", NOW, "reviewer"))
                .isInstanceOf(BusinessRuleException.class);

        var second = first.withYear(2025, MEMBERS, "XA-BINH-THANH", NOW, "reviewer");
        assertThat(second.year(2025).orElseThrow().leaderCode()).isEqualTo("XA-BINH-THANH");
        assertThat(second.version()).isEqualTo(3);
        // Two years apart is a rotation too.
        assertThat(second.withYear(2026, MEMBERS, "XA-PHUONG-TIEN", NOW, "r").year(2026)).isPresent();
    }

    @Test
    void theLeaderIsAMemberAndMembersAreNamedOnce() {
        assertThatThrownBy(() -> cluster.withYear(2025, List.of("XA-A", "XA-A"), "XA-B", NOW, "r"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field).containsExactly("memberCodes[1]", "leaderCode"));
    }
}
