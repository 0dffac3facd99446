package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;

/**
 * A council meeting (phiên họp Hội đồng Thi đua – Khen thưởng) and its secret ballot. The session keeps two
 * things apart: WHO has voted ({@code voted}, to refuse a second ballot) and the anonymous tallies per nominee. A
 * ballot only increments counters, so nothing stored links a member to a choice. The threshold counts all
 * members (absent members vote in writing); a member from the nominee's own unit is recused from that nominee.
 */
public record CouncilSession(
        String id,
        String provinceCode,
        String title,
        LocalDate meetingDate,
        List<Member> members,
        List<Item> items,
        List<String> voted,
        int writtenBallots,
        SessionStatus status,
        String minutes,
        Instant createdAt,
        String createdBy,
        Instant closedAt,
        long version) {

    public CouncilSession {
        members = List.copyOf(members);
        items = List.copyOf(items);
        voted = voted == null ? List.of() : List.copyOf(voted);
    }

    public record Member(String userId, String name, String unitCode) {
    }

    /**
     * One nominee on the agenda with its anonymous tally.
     *
     * @param recused the members who may not vote on this nominee (same unit)
     */
    public record Item(String nominationId, String subjectId, String displayName, String unitCode,
                       String awardCode, String awardName, int thresholdPercent, boolean strictMajority,
                       List<String> recused, int yes, int no, Boolean approved) {

        public Item {
            recused = List.copyOf(recused);
        }

        /** The members whose votes the threshold counts: all of them but the recused. */
        public int eligibleVoters(int members) {
            return members - recused.size();
        }
    }

    public enum SessionStatus {
        OPEN("Đang bỏ phiếu"),
        CLOSED("Đã kết thúc");

        private final String label;

        SessionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Choice { YES, NO }

    /** Members of a nominee's own unit are recused from that nominee, automatically. */
    public static List<String> recusedFor(List<Member> members, String subjectUnitCode) {
        return members.stream().filter(m -> m.unitCode() != null && m.unitCode().equals(subjectUnitCode))
                .map(Member::userId).toList();
    }

    public boolean isMember(String userId) {
        return members.stream().anyMatch(m -> m.userId().equals(userId));
    }

    /**
     * Checks a ballot and answers the tally increments it makes, by item index: +1 yes or +1 no. Every nominee the
     * member is not recused from must be answered, and only those.
     */
    public Map<Integer, Choice> checkBallot(String userId, Map<String, Choice> choices) {
        if (status != SessionStatus.OPEN) {
            throw new IllegalTransitionException("Phiên họp đã kết thúc bỏ phiếu.", status.name(), "vote");
        }
        if (!isMember(userId)) {
            throw new NotFoundException("Không tìm thấy phiên họp Hội đồng có mã \"" + id + "\" mà bạn là thành viên.");
        }
        if (voted.contains(userId)) {
            throw new BusinessRuleException("already-voted", "Mỗi thành viên Hội đồng chỉ được bỏ phiếu một lần.");
        }
        var increments = new java.util.LinkedHashMap<Integer, Choice>();
        Set<String> known = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            known.add(item.nominationId());
            Choice choice = choices.get(item.nominationId());
            if (item.recused().contains(userId)) {
                if (choice != null) {
                    throw new BusinessRuleException("member-recused", "Thành viên cùng đơn vị với \""
                            + item.displayName() + "\" không tham gia bỏ phiếu trường hợp này.");
                }
                continue;
            }
            if (choice == null) {
                throw new BusinessRuleException("ballot-incomplete", "Phiếu bầu phải ghi ý kiến đồng ý hoặc không "
                        + "đồng ý cho \"" + item.displayName() + "\".");
            }
            increments.put(i, choice);
        }
        for (String nominationId : choices.keySet()) {
            if (!known.contains(nominationId)) {
                throw new BusinessRuleException("not-on-agenda", "Trường hợp \"" + nominationId
                        + "\" không có trong phiên họp này.");
            }
        }
        return increments;
    }

    /** Kết thúc bỏ phiếu: the results by the threshold of each award, with the minutes. */
    public CouncilSession close(String minutesText, Instant now) {
        if (status != SessionStatus.OPEN) {
            throw new IllegalTransitionException("Phiên họp đã kết thúc.", status.name(), "close");
        }
        if (minutesText == null || minutesText.isBlank()) {
            throw new BusinessRuleException("minutes-required", "Phải ghi biên bản phiên họp khi kết thúc bỏ phiếu.");
        }
        var decided = new ArrayList<Item>();
        for (Item item : items) {
            decided.add(new Item(item.nominationId(), item.subjectId(), item.displayName(), item.unitCode(),
                    item.awardCode(), item.awardName(), item.thresholdPercent(), item.strictMajority(),
                    item.recused(), item.yes(), item.no(), reaches(item, members.size())));
        }
        return new CouncilSession(id, provinceCode, title, meetingDate, members, decided, voted, writtenBallots,
                SessionStatus.CLOSED, minutesText, createdAt, createdBy, now, version + 1);
    }

    /** Yes votes against ALL eligible members, present or not: abstaining or absent counts as not yes. */
    static boolean reaches(Item item, int memberCount) {
        int voters = item.eligibleVoters(memberCount);
        if (voters <= 0) {
            return false;
        }
        long scaledYes = 100L * item.yes();
        long needed = (long) item.thresholdPercent() * voters;
        return item.strictMajority() ? scaledYes > needed : scaledYes >= needed;
    }

    public Item item(String nominationId) {
        return items.stream().filter(i -> i.nominationId().equals(nominationId)).findFirst().orElse(null);
    }
}
