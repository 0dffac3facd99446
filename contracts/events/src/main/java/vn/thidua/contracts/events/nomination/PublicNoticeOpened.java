package vn.thidua.contracts.events.nomination;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.contracts.events.EventLists;
import vn.thidua.contracts.events.campaign.UnitRef;

/**
 * {@code vn.thidua.nomination.PublicNoticeOpened.v1}: the commendation office opened a public notice (công khai)
 * of nominees. It is not yet public: publication-service posts it on the portal, and the window of
 * {@code workingDays} starts at that posting's {@code ArticlePublished}.
 * The schema {@code contracts/schemas/nomination-service/PublicNoticeOpened.v1.json} is the source of truth.
 *
 * @param legalBasis null when the notice cites no document
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicNoticeOpened(
        String publicNoticeId,
        long aggregateVersion,
        String provinceCode,
        String title,
        UnitRef authority,
        List<NoticeNominee> nominees,
        int workingDays,
        String howToObject,
        String objectionPath,
        String legalBasis,
        Instant openedAt) implements DomainEvent {

    public PublicNoticeOpened {
        nominees = EventLists.required(nominees);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return publicNoticeId;
    }
}
