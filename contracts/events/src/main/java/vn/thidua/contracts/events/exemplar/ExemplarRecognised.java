package vn.thidua.contracts.events.exemplar;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;

/**
 * {@code vn.thidua.exemplar.ExemplarRecognised.v1}: an advanced exemplar (điển hình tiên tiến) was recognised and
 * may now be publicised and replicated. The schema {@code contracts/schemas/exemplar-service/ExemplarRecognised.v1.json}
 * is the source of truth.
 *
 * @param campaignIds null when no campaign is linked
 * @param decisionIds null when no decision is linked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemplarRecognised(
        String exemplarId,
        long aggregateVersion,
        String provinceCode,
        ExemplarSubject subject,
        ExemplarField field,
        String title,
        String storySummary,
        RecognitionBasis basis,
        List<String> campaignIds,
        List<String> decisionIds,
        Instant recognisedAt) implements DomainEvent {

    public ExemplarRecognised {
        campaignIds = EventLists.optional(campaignIds);
        decisionIds = EventLists.optional(decisionIds);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return exemplarId;
    }
}
