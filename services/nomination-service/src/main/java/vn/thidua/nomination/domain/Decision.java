package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commendation decision (quyết định khen thưởng): the legal act that grants awards. Its issuer is the unit as
 * it was on the signing date (a decision of 2024 keeps "Chủ tịch UBND huyện Định Hóa" after the district is gone).
 *
 * @param number e.g. "163/QĐ-UBND", unique per province
 */
public record Decision(
        String id,
        String provinceCode,
        String number,
        LocalDate signedOn,
        String issuerUnitCode,
        String issuerName,
        String signerName,
        String signerTitle,
        List<String> legalGrounds,
        String reason,
        List<Grant> grants,
        Instant issuedAt,
        String issuedBy,
        long version) {

    public Decision {
        legalGrounds = List.copyOf(legalGrounds);
        grants = List.copyOf(grants);
    }

    /**
     * One grant of the decision's list.
     *
     * @param prizeAmount the prize money in đồng; 0 when none
     */
    public record Grant(String nominationId, String awardId, SubjectKind subjectKind, String subjectId,
                        String displayName, String unitCode, String awardCode, String awardName, AwardLevel level,
                        AwardCategory category, int year, TimingType timingType, long prizeAmount) {
    }

    public long totalPrize() {
        return grants.stream().mapToLong(Grant::prizeAmount).sum();
    }
}
