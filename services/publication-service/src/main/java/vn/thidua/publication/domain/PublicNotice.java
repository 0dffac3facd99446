package vn.thidua.publication.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The public-notice side of an article that posts a nomination list for public comment.
 *
 * @param noticeId  nomination-service's notice id
 * @param closesOn  last day of the comment window as the notice announced it; null if it did not say
 * @param closedAt  when nomination-service closed the notice; null while it is open
 */
public record PublicNotice(String noticeId, LocalDate closesOn, Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
