package vn.thidua.contracts.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * {@code vn.thidua.nomination.DecisionIssued.v1}: a commendation decision (quyết định khen thưởng) was issued, with
 * every grant on its list. The schema {@code contracts/schemas/nomination-service/DecisionIssued.v1.json} is the
 * source of truth.
 *
 * @param issuer     the issuing unit as it was named on {@code issuedOn}
 * @param signerName null when the decision is recorded without the signer's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionIssued(
        String decisionId,
        long aggregateVersion,
        String provinceCode,
        String number,
        LocalDate issuedOn,
        UnitRef issuer,
        String signerTitle,
        String signerName,
        List<String> legalGrounds,
        String reason,
        List<Grant> grants,
        Instant issuedAt) implements DomainEvent {

    public DecisionIssued {
        legalGrounds = EventLists.required(legalGrounds);
        grants = EventLists.required(grants);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return decisionId;
    }
}
