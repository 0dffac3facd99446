package vn.thidua.contracts.events.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * {@code vn.thidua.nomination.AwardRevoked.v1}: an award in the registry was revoked; it no longer counts anywhere.
 * Keyed by the award (the registry entry a grant created), not the decision. Carries no name: only the
 * pseudonymous subject id. The schema {@code contracts/schemas/nomination-service/AwardRevoked.v1.json} is the
 * source of truth.
 *
 * @param revocationDecisionNumber null when the revocation is recorded before its decision is numbered
 * @param prizeAmountToRecover     in đồng; null when the award carried no prize money
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwardRevoked(
        String awardId,
        long aggregateVersion,
        String provinceCode,
        String decisionId,
        String decisionNumber,
        SubjectKind subjectKind,
        String subjectId,
        UnitRef unit,
        String awardTypeCode,
        int year,
        RevocationGround ground,
        LocalDate revokedOn,
        String revocationDecisionNumber,
        BigDecimal prizeAmountToRecover,
        Instant revokedAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return awardId;
    }
}
