package vn.thidua.publication.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The public-notice side of an article that posts a nomination list for public comment.
 *
 * @param noticeId      nomination-service's notice id
 * @param workingDays   length of the comment window, counted from the posting
 * @param closesOn      last day of the window by the working-day calendar; null when the calendar does not cover it
 * @param objectionPath where a citizen's objection is sent (through the gateway to nomination-service)
 * @param closedAt      when nomination-service closed the notice; null while it is open
 * @param closure       why it closed ({@code WINDOW_ENDED}, {@code WITHDRAWN}); null while open
 */
public record PublicNotice(String noticeId, int workingDays, LocalDate closesOn, String objectionPath,
                           Instant closedAt, String closure) {

    public boolean open() {
        return closedAt == null;
    }
}
