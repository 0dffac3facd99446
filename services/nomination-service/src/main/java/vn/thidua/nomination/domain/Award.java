package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.IllegalTransitionException;

/**
 * An entry of the award registry: one title or form granted to one subject for one year. Entries come from this
 * service's decisions or are recorded from earlier paper decisions ({@code decisionId} null). A revoked award stays
 * in the registry, marked, and no longer counts toward any rule.
 */
public record Award(
        String id,
        String provinceCode,
        SubjectKind subjectKind,
        String subjectId,
        String displayName,
        String unitCode,
        String awardCode,
        String awardName,
        AwardLevel level,
        AwardCategory category,
        int year,
        TimingType timingType,
        String decisionId,
        String decisionNumber,
        LocalDate decidedOn,
        String issuerName,
        long prizeAmount,
        Revocation revocation,
        Instant recordedAt,
        String recordedBy,
        long version) {

    /**
     * @param decisionNumber the number of the revoking decision
     * @param recovery       what was recovered (the object, the money) or why not, as recorded
     */
    public record Revocation(RevocationGround ground, String decisionNumber, LocalDate revokedOn,
                             boolean objectRecovered, long moneyRecovered, String recovery, Instant recordedAt,
                             String recordedBy) {
    }

    public boolean revoked() {
        return revocation != null;
    }

    public Award revoke(Revocation revoking) {
        if (revoked()) {
            throw new IllegalTransitionException("Khen thưởng này đã bị hủy bỏ ngày " + revocation.revokedOn() + ".",
                    "REVOKED", "revoke");
        }
        if (revoking.moneyRecovered() < 0 || revoking.moneyRecovered() > prizeAmount) {
            throw new BusinessRuleException("recovery-out-of-range", "Số tiền thu hồi phải từ 0 đến " + prizeAmount
                    + " đồng (số tiền thưởng đã nhận).");
        }
        return new Award(id, provinceCode, subjectKind, subjectId, displayName, unitCode, awardCode, awardName, level,
                category, year, timingType, decisionId, decisionNumber, decidedOn, issuerName, prizeAmount, revoking,
                recordedAt, recordedBy, version + 1);
    }
}
